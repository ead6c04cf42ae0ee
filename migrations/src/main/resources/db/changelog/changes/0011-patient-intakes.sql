--liquibase formatted sql

--changeset regimen:0011-patient-intakes
-- Intake answers are versioned: every PUT adds a version, none is changed, so a screening can
-- name the exact answers it judged.
CREATE TABLE patient_intakes (
  tenant_id    CHAR(36) CHARACTER SET ascii NOT NULL,
  patient_id   CHAR(36) CHARACTER SET ascii NOT NULL,
  version      INT NOT NULL,
  answers      JSON NOT NULL,
  recorded_by  CHAR(36) CHARACTER SET ascii NOT NULL,
  recorded_at  DATETIME(6) NOT NULL,
  PRIMARY KEY (tenant_id, patient_id, version)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE patient_intakes;
