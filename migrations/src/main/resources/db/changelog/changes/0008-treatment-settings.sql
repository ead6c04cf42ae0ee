--liquibase formatted sql

--changeset regimen:0008-treatment-settings
-- A tenant's choice to offer a treatment, and its prices in the tenant's currency (minor units,
-- by the plugin's price keys). No row: the treatment is installed but not offered.
CREATE TABLE treatment_settings (
  tenant_id        CHAR(36) CHARACTER SET ascii NOT NULL,
  treatment_id     VARCHAR(40) CHARACTER SET ascii NOT NULL,
  enabled          BOOLEAN NOT NULL,
  currency         CHAR(3) CHARACTER SET ascii NOT NULL,
  prices           JSON NOT NULL,
  deposit_percent  INT NOT NULL,
  updated_at       DATETIME(6) NOT NULL,
  PRIMARY KEY (tenant_id, treatment_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE treatment_settings;
