--liquibase formatted sql

--changeset regimen:0067-intake-confirmations
-- A member of staff confirmed with the patient that an intake version still holds: its age is
-- counted from the latest confirmation, and the answers (and their version) are unchanged.
CREATE TABLE intake_confirmations (
  tenant_id     CHAR(36) CHARACTER SET ascii NOT NULL,
  patient_id    CHAR(36) CHARACTER SET ascii NOT NULL,
  version       INT NOT NULL,
  confirmed_by  CHAR(36) CHARACTER SET ascii NOT NULL,
  confirmed_at  DATETIME(6) NOT NULL,
  PRIMARY KEY (tenant_id, patient_id, version)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE intake_confirmations;
