--liquibase formatted sql

--changeset regimen:0073-patient-consents
-- A patient's signed consent to a treatment: the form exactly as it was shown (both languages, as
-- JSON, so a later plugin version cannot change what the patient read), its version, the plugin's
-- version, the typed name, the drawn mark (a normalised PNG, at most 32 KiB), the witnessing member
-- of staff and when. Check-in needs a row for the treatment's current consent version.
CREATE TABLE patient_consents (
  tenant_id        CHAR(36) CHARACTER SET ascii NOT NULL,
  id               CHAR(36) CHARACTER SET ascii NOT NULL,
  patient_id       CHAR(36) CHARACTER SET ascii NOT NULL,
  treatment_id     VARCHAR(40) CHARACTER SET ascii NOT NULL,
  plugin_version   VARCHAR(40) CHARACTER SET ascii NOT NULL,
  consent_version  VARCHAR(40) CHARACTER SET ascii NOT NULL,
  language         CHAR(2) CHARACTER SET ascii NOT NULL,
  typed_name       VARCHAR(200) NOT NULL,
  mark_png         BLOB NOT NULL,
  mark_sha256      CHAR(64) CHARACTER SET ascii NOT NULL,
  form             JSON NOT NULL,
  witness_id       CHAR(36) CHARACTER SET ascii NOT NULL,
  witness_name     VARCHAR(200) NOT NULL,
  signed_at        DATETIME(6) NOT NULL,
  PRIMARY KEY (tenant_id, id),
  KEY ix_patient_consents_patient (tenant_id, patient_id, treatment_id, signed_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE patient_consents;
