--liquibase formatted sql

--changeset regimen:0066-clinical-settings
-- A tenant's clinical time limits; no row means the defaults (clearances 90 days, intake 180 days).
CREATE TABLE clinical_settings (
  tenant_id             CHAR(36) CHARACTER SET ascii NOT NULL,
  clearance_valid_days  INT NOT NULL,
  intake_valid_days     INT NOT NULL,
  updated_at            DATETIME(6) NOT NULL,
  PRIMARY KEY (tenant_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE clinical_settings;
