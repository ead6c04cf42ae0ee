--liquibase formatted sql

--changeset regimen:0012-patch-tests
CREATE TABLE patch_tests (
  tenant_id     CHAR(36) CHARACTER SET ascii NOT NULL,
  id            CHAR(36) CHARACTER SET ascii NOT NULL,
  patient_id    CHAR(36) CHARACTER SET ascii NOT NULL,
  treatment_id  VARCHAR(40) CHARACTER SET ascii NOT NULL,
  performed_at  DATETIME(6) NOT NULL,
  reaction      BOOLEAN NOT NULL,
  notes         VARCHAR(1000) NULL,
  recorded_by   CHAR(36) CHARACTER SET ascii NOT NULL,
  recorded_at   DATETIME(6) NOT NULL,
  PRIMARY KEY (tenant_id, id),
  KEY ix_patch_tests_patient (tenant_id, patient_id, treatment_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE patch_tests;
