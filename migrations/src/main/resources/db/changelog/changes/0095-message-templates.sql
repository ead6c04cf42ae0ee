--liquibase formatted sql

--changeset regimen:0095-message-templates
-- A clinic chain's own wording of one message in one language; no row: the shipped default.
CREATE TABLE message_templates (
  tenant_id   CHAR(36) CHARACTER SET ascii NOT NULL,
  event       VARCHAR(24) CHARACTER SET ascii NOT NULL,
  language    CHAR(2) CHARACTER SET ascii NOT NULL,
  subject     VARCHAR(200) NOT NULL,
  body        TEXT NOT NULL,
  updated_by  CHAR(36) CHARACTER SET ascii NOT NULL,
  updated_at  DATETIME(6) NOT NULL,
  PRIMARY KEY (tenant_id, event, language)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE message_templates;
