--liquibase formatted sql

--changeset regimen:0004-api-keys
-- Only the SHA-256 of a key is stored; last_four lets an owner tell keys apart.
CREATE TABLE api_keys (
  tenant_id    CHAR(36) CHARACTER SET ascii NOT NULL,
  id           CHAR(36) CHARACTER SET ascii NOT NULL,
  name         VARCHAR(200) NOT NULL,
  role         VARCHAR(20) CHARACTER SET ascii NOT NULL,
  key_hash     CHAR(64) CHARACTER SET ascii NOT NULL,
  last_four    CHAR(4) CHARACTER SET ascii NOT NULL,
  created_by   CHAR(36) CHARACTER SET ascii NULL,
  created_at   DATETIME(6) NOT NULL,
  revoked_at   DATETIME(6) NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE KEY uq_api_keys_hash (tenant_id, key_hash)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE api_keys;
