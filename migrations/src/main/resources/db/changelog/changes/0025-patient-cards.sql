--liquibase formatted sql

--changeset regimen:0025-patient-cards
-- A patient's card on file: the Stripe customer on the tenant's connected account and the saved
-- payment method. The idempotency keys are stored before the calls that use them.
CREATE TABLE patient_cards (
  tenant_id               CHAR(36) CHARACTER SET ascii NOT NULL,
  patient_id              CHAR(36) CHARACTER SET ascii NOT NULL,
  customer_key            CHAR(36) CHARACTER SET ascii NOT NULL,
  stripe_customer_id      VARCHAR(64) CHARACTER SET ascii NULL,
  payment_method_id       VARCHAR(64) CHARACTER SET ascii NULL,
  updated_at              DATETIME(6) NOT NULL,
  PRIMARY KEY (tenant_id, patient_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE patient_cards;
