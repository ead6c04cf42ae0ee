--liquibase formatted sql

--changeset regimen:0001-tenants
-- A tenant is one clinic chain. Its key is named tenant_id like every other table's, so the
-- table shards with its own rows.
CREATE TABLE tenants (
  tenant_id   CHAR(36) CHARACTER SET ascii NOT NULL,
  name        VARCHAR(200) NOT NULL,
  currency    CHAR(3) CHARACTER SET ascii NOT NULL,
  locale      VARCHAR(10) CHARACTER SET ascii NOT NULL,
  created_at  DATETIME(6) NOT NULL,
  PRIMARY KEY (tenant_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE tenants;
