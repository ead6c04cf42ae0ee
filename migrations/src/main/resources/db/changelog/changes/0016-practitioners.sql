--liquibase formatted sql

--changeset regimen:0016-practitioners
-- Credentials (with licence number and expiry) and the weekly schedule are JSON: small, read
-- whole, and checked by the application against the appointment's date.
CREATE TABLE practitioners (
  tenant_id    CHAR(36) CHARACTER SET ascii NOT NULL,
  id           CHAR(36) CHARACTER SET ascii NOT NULL,
  name         VARCHAR(200) NOT NULL,
  user_id      CHAR(36) CHARACTER SET ascii NULL,
  credentials  JSON NOT NULL,
  schedule     JSON NOT NULL,
  active       BOOLEAN NOT NULL,
  created_at   DATETIME(6) NOT NULL,
  updated_at   DATETIME(6) NOT NULL,
  PRIMARY KEY (tenant_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE practitioners;
