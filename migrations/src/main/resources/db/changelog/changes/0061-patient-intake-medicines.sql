--liquibase formatted sql

--changeset regimen:0061-patient-intake-medicines
-- Each medicine of an intake version as it was classified when recorded: the entry as listed, the
-- medicine recognised in it (NULL when none was) and its classes (a JSON array of MedicineClass).
CREATE TABLE patient_intake_medicines (
  tenant_id       CHAR(36) CHARACTER SET ascii NOT NULL,
  patient_id      CHAR(36) CHARACTER SET ascii NOT NULL,
  intake_version  INT NOT NULL,
  position        INT NOT NULL,
  listed          VARCHAR(200) NOT NULL,
  medicine        VARCHAR(200) NULL,
  classes         JSON NOT NULL,
  source          VARCHAR(20) CHARACTER SET ascii NULL,
  PRIMARY KEY (tenant_id, patient_id, intake_version, position)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE patient_intake_medicines;
