--liquibase formatted sql

--changeset regimen:0041-discounts
-- Discounts an owner defines: a percentage, or a fixed amount in one currency; for one treatment
-- or (treatment_id NULL) all. Rules are deactivated, never deleted: applied discounts name them.
CREATE TABLE discount_rules (
  tenant_id     CHAR(36) CHARACTER SET ascii NOT NULL,
  id            CHAR(36) CHARACTER SET ascii NOT NULL,
  name          VARCHAR(200) NOT NULL,
  kind          VARCHAR(10) CHARACTER SET ascii NOT NULL,
  percent       INT NULL,
  amount        BIGINT NULL,
  currency      CHAR(3) CHARACTER SET ascii NULL,
  treatment_id  VARCHAR(40) CHARACTER SET ascii NULL,
  active        BOOLEAN NOT NULL,
  created_by    CHAR(36) CHARACTER SET ascii NOT NULL,
  created_at    DATETIME(6) NOT NULL,
  updated_at    DATETIME(6) NOT NULL,
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT ck_discount_rules_value CHECK ((kind = 'PERCENT' AND percent BETWEEN 1 AND 100 AND amount IS NULL)
      OR (kind = 'FIXED' AND amount > 0 AND currency IS NOT NULL AND percent IS NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A discount applied to one appointment by a manager or owner, with the reason; at most one per
-- appointment. The amount is fixed when applied, so a later change to the rule changes no bill.
CREATE TABLE appointment_discounts (
  tenant_id       CHAR(36) CHARACTER SET ascii NOT NULL,
  id              CHAR(36) CHARACTER SET ascii NOT NULL,
  appointment_id  CHAR(36) CHARACTER SET ascii NOT NULL,
  rule_id         CHAR(36) CHARACTER SET ascii NOT NULL,
  amount          BIGINT NOT NULL,
  currency        CHAR(3) CHARACTER SET ascii NOT NULL,
  reason          VARCHAR(500) NOT NULL,
  applied_by      CHAR(36) CHARACTER SET ascii NOT NULL,
  applied_at      DATETIME(6) NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE KEY uq_appointment_discounts_appointment (tenant_id, appointment_id),
  CONSTRAINT ck_appointment_discounts_amount CHECK (amount > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE appointment_discounts; DROP TABLE discount_rules;
