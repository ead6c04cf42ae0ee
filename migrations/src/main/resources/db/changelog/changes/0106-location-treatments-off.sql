--liquibase formatted sql

--changeset regimen:0106-location-treatments-off
-- The treatments an owner or manager switched off at one location. A treatment is offered wherever
-- the chain enables it and the location's accreditations allow, unless a row here says otherwise, so
-- tenants that never touch this keep booking as before. Switching it back on deletes the row; the
-- audit trail keeps who switched what when.
CREATE TABLE location_treatments_off (
  tenant_id        CHAR(36) CHARACTER SET ascii NOT NULL,
  location_id      CHAR(36) CHARACTER SET ascii NOT NULL,
  treatment_id     VARCHAR(40) CHARACTER SET ascii NOT NULL,
  switched_off_by  CHAR(36) CHARACTER SET ascii NOT NULL,
  switched_off_at  DATETIME(6) NOT NULL,
  PRIMARY KEY (tenant_id, location_id, treatment_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE location_treatments_off;
