--liquibase formatted sql

--changeset regimen:0010-patients
CREATE TABLE patients (
  tenant_id      CHAR(36) CHARACTER SET ascii NOT NULL,
  id             CHAR(36) CHARACTER SET ascii NOT NULL,
  name           VARCHAR(200) NOT NULL,
  date_of_birth  DATE NULL,
  phone          VARCHAR(40) NULL,
  email          VARCHAR(254) NULL,
  locale         VARCHAR(10) CHARACTER SET ascii NOT NULL,
  created_at     DATETIME(6) NOT NULL,
  PRIMARY KEY (tenant_id, id),
  KEY ix_patients_name (tenant_id, name),
  KEY ix_patients_phone (tenant_id, phone)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE patients;
