--liquibase formatted sql

--changeset regimen:0087-terminal-readers
-- A clinic location's Stripe Terminal Location, made on the tenant's connected account.
CREATE TABLE terminal_locations (
  tenant_id           CHAR(36) CHARACTER SET ascii NOT NULL,
  location_id         CHAR(36) CHARACTER SET ascii NOT NULL,
  stripe_location_id  VARCHAR(64) CHARACTER SET ascii NULL,
  idempotency_key     CHAR(36) CHARACTER SET ascii NOT NULL,
  created_at          DATETIME(6) NOT NULL,
  updated_at          DATETIME(6) NOT NULL,
  PRIMARY KEY (tenant_id, location_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A card reader registered at a location.
CREATE TABLE terminal_readers (
  tenant_id         CHAR(36) CHARACTER SET ascii NOT NULL,
  id                CHAR(36) CHARACTER SET ascii NOT NULL,
  location_id       CHAR(36) CHARACTER SET ascii NOT NULL,
  stripe_reader_id  VARCHAR(64) CHARACTER SET ascii NOT NULL,
  label             VARCHAR(100) NOT NULL,
  device_type       VARCHAR(40) CHARACTER SET ascii NULL,
  serial_number     VARCHAR(64) CHARACTER SET ascii NULL,
  created_by        CHAR(36) CHARACTER SET ascii NOT NULL,
  created_at        DATETIME(6) NOT NULL,
  updated_at        DATETIME(6) NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE KEY uq_terminal_readers_stripe (tenant_id, stripe_reader_id),
  KEY ix_terminal_readers_location (tenant_id, location_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE terminal_readers; DROP TABLE terminal_locations;
