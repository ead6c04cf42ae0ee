--liquibase formatted sql

--changeset regimen:0099-self-service-links
-- A patient's self-service link to one appointment: only the SHA-256 of its token is kept (the
-- token is 256 random bits, shown once inside the link). It opens nothing after expires_at or once
-- revoked_at is set. The lookup is by (tenant_id, token_sha256): the token names its tenant in clear.
CREATE TABLE self_service_links (
  tenant_id        CHAR(36) CHARACTER SET ascii NOT NULL,
  id               CHAR(36) CHARACTER SET ascii NOT NULL,
  token_sha256     CHAR(64) CHARACTER SET ascii NOT NULL,
  patient_id       CHAR(36) CHARACTER SET ascii NOT NULL,
  appointment_id   CHAR(36) CHARACTER SET ascii NOT NULL,
  expires_at       DATETIME(6) NOT NULL,
  revoked_at       DATETIME(6) NULL,
  created_by       CHAR(36) CHARACTER SET ascii NOT NULL,
  created_at       DATETIME(6) NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE KEY uq_self_service_links_token (tenant_id, token_sha256),
  KEY ix_self_service_links_appointment (tenant_id, appointment_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE self_service_links;
