--liquibase formatted sql

--changeset regimen:0015-rooms
CREATE TABLE rooms (
  tenant_id         CHAR(36) CHARACTER SET ascii NOT NULL,
  id                CHAR(36) CHARACTER SET ascii NOT NULL,
  location_id       CHAR(36) CHARACTER SET ascii NOT NULL,
  name              VARCHAR(200) NOT NULL,
  equipment         JSON NOT NULL,
  turnover_minutes  INT NOT NULL,
  active            BOOLEAN NOT NULL,
  created_at        DATETIME(6) NOT NULL,
  updated_at        DATETIME(6) NOT NULL,
  PRIMARY KEY (tenant_id, id),
  KEY ix_rooms_location (tenant_id, location_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE rooms;
