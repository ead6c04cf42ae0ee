--liquibase formatted sql

--changeset regimen:0050-location-tax-settings
-- A location's seller details for its tax invoices. A table of its own (not columns on locations):
-- a location without a row is not registered for VAT and issues no tax invoices.
CREATE TABLE location_tax_settings (
  tenant_id           CHAR(36) CHARACTER SET ascii NOT NULL,
  location_id         CHAR(36) CHARACTER SET ascii NOT NULL,
  country             CHAR(2) CHARACTER SET ascii NOT NULL,
  seller_name_ar      VARCHAR(200) NOT NULL,
  seller_name_en      VARCHAR(200) NOT NULL,
  vat_number          VARCHAR(15) CHARACTER SET ascii NOT NULL,
  vat_rate_bp         INT NOT NULL,
  prices_include_vat  BOOLEAN NOT NULL,
  updated_by          CHAR(36) CHARACTER SET ascii NOT NULL,
  updated_at          DATETIME(6) NOT NULL,
  PRIMARY KEY (tenant_id, location_id),
  CONSTRAINT ck_location_tax_settings_rate CHECK (vat_rate_bp BETWEEN 0 AND 10000)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE location_tax_settings;
