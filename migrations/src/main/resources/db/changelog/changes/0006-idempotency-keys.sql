--liquibase formatted sql

--changeset regimen:0006-idempotency-keys
-- One row per Idempotency-Key a tenant sent (tenant_id '-' for unauthenticated calls such as
-- signup). request_hash fingerprints method, path and body so a reused key with another body
-- is refused rather than replayed.
CREATE TABLE idempotency_keys (
  tenant_id        CHAR(36) CHARACTER SET ascii NOT NULL,
  idem_key         VARCHAR(255) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  request_hash     CHAR(64) CHARACTER SET ascii NOT NULL,
  state            VARCHAR(12) CHARACTER SET ascii NOT NULL,
  response_status  INT NULL,
  response_body    MEDIUMTEXT NULL,
  created_at       DATETIME(6) NOT NULL,
  PRIMARY KEY (tenant_id, idem_key),
  KEY ix_idempotency_created (tenant_id, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE idempotency_keys;
