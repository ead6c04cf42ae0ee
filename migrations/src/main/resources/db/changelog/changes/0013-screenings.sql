--liquibase formatted sql

--changeset regimen:0013-screenings
-- A screening names the intake version it judged and the plugin version that judged it.
CREATE TABLE screenings (
  tenant_id       CHAR(36) CHARACTER SET ascii NOT NULL,
  id              CHAR(36) CHARACTER SET ascii NOT NULL,
  patient_id      CHAR(36) CHARACTER SET ascii NOT NULL,
  treatment_id    VARCHAR(40) CHARACTER SET ascii NOT NULL,
  plugin_version  VARCHAR(40) CHARACTER SET ascii NOT NULL,
  location_id     CHAR(36) CHARACTER SET ascii NULL,
  intake_version  INT NULL,
  outcome         VARCHAR(20) CHARACTER SET ascii NOT NULL,
  findings        JSON NOT NULL,
  created_by      CHAR(36) CHARACTER SET ascii NOT NULL,
  created_at      DATETIME(6) NOT NULL,
  PRIMARY KEY (tenant_id, id),
  KEY ix_screenings_patient (tenant_id, patient_id, treatment_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE screenings;
