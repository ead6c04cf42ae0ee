--liquibase formatted sql

--changeset regimen:0009-treatment-quotes
-- Every quote given, with the plugin version that priced it.
CREATE TABLE treatment_quotes (
  tenant_id       CHAR(36) CHARACTER SET ascii NOT NULL,
  id              CHAR(36) CHARACTER SET ascii NOT NULL,
  treatment_id    VARCHAR(40) CHARACTER SET ascii NOT NULL,
  plugin_version  VARCHAR(40) CHARACTER SET ascii NOT NULL,
  sessions        INT NOT NULL,
  currency        CHAR(3) CHARACTER SET ascii NOT NULL,
  total           BIGINT NOT NULL,
  per_session     BIGINT NOT NULL,
  deposit         BIGINT NOT NULL,
  quote_lines     JSON NOT NULL,
  created_by      CHAR(36) CHARACTER SET ascii NOT NULL,
  created_at      DATETIME(6) NOT NULL,
  PRIMARY KEY (tenant_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE treatment_quotes;
