--liquibase formatted sql

--changeset regimen:0014-locations
-- Opening hours, closures and accreditations are read whole with the location, so they are JSON.
CREATE TABLE locations (
  tenant_id       CHAR(36) CHARACTER SET ascii NOT NULL,
  id              CHAR(36) CHARACTER SET ascii NOT NULL,
  name            VARCHAR(200) NOT NULL,
  timezone        VARCHAR(64) CHARACTER SET ascii NOT NULL,
  currency        CHAR(3) CHARACTER SET ascii NOT NULL,
  opening_hours   JSON NOT NULL,
  closures        JSON NOT NULL,
  accreditations  JSON NOT NULL,
  slot_minutes    INT NOT NULL,
  active          BOOLEAN NOT NULL,
  created_at      DATETIME(6) NOT NULL,
  updated_at      DATETIME(6) NOT NULL,
  PRIMARY KEY (tenant_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE locations;
