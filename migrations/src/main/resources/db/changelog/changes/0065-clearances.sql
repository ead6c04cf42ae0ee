--liquibase formatted sql

--changeset regimen:0065-clearances
-- A physician's clearance of a patient for a treatment: the CLEARANCE finding codes it answers,
-- by which practitioner (a PHYSICIAN, signed in as cleared_by), until expires_at. A booking is
-- covered only while the clearance is unrevoked, unexpired and names every current finding.
CREATE TABLE clearances (
  tenant_id      CHAR(36) CHARACTER SET ascii NOT NULL,
  id             CHAR(36) CHARACTER SET ascii NOT NULL,
  patient_id     CHAR(36) CHARACTER SET ascii NOT NULL,
  treatment_id   VARCHAR(40) CHARACTER SET ascii NOT NULL,
  findings       JSON NOT NULL,
  screening_id   CHAR(36) CHARACTER SET ascii NOT NULL,
  note           VARCHAR(2000) NOT NULL,
  physician_id   CHAR(36) CHARACTER SET ascii NOT NULL,
  cleared_by     CHAR(36) CHARACTER SET ascii NOT NULL,
  cleared_at     DATETIME(6) NOT NULL,
  expires_at     DATETIME(6) NOT NULL,
  revoked_at     DATETIME(6) NULL,
  revoked_by     CHAR(36) CHARACTER SET ascii NULL,
  revoke_reason  VARCHAR(500) NULL,
  PRIMARY KEY (tenant_id, id),
  KEY ix_clearances_patient (tenant_id, patient_id, treatment_id, cleared_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE clearances;
