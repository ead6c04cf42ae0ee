--liquibase formatted sql

--changeset regimen:0003-staff-sessions
-- Only the SHA-256 of a session token is stored; the token itself is shown once at login.
CREATE TABLE staff_sessions (
  tenant_id    CHAR(36) CHARACTER SET ascii NOT NULL,
  id           CHAR(36) CHARACTER SET ascii NOT NULL,
  user_id      CHAR(36) CHARACTER SET ascii NOT NULL,
  token_hash   CHAR(64) CHARACTER SET ascii NOT NULL,
  created_at   DATETIME(6) NOT NULL,
  expires_at   DATETIME(6) NOT NULL,
  revoked_at   DATETIME(6) NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE KEY uq_staff_sessions_token (tenant_id, token_hash),
  KEY ix_staff_sessions_user (tenant_id, user_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE staff_sessions;
