--liquibase formatted sql

--changeset regimen:0100-attendance-confirmations
-- The patient said they will come (through their self-service link): once per appointment, the
-- first confirmation kept (INSERT IGNORE makes repeating it harmless).
CREATE TABLE attendance_confirmations (
  tenant_id        CHAR(36) CHARACTER SET ascii NOT NULL,
  appointment_id   CHAR(36) CHARACTER SET ascii NOT NULL,
  link_id          CHAR(36) CHARACTER SET ascii NOT NULL,
  confirmed_at     DATETIME(6) NOT NULL,
  PRIMARY KEY (tenant_id, appointment_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE attendance_confirmations;
