--liquibase formatted sql

--changeset regimen:0002-staff-users
CREATE TABLE staff_users (
  tenant_id      CHAR(36) CHARACTER SET ascii NOT NULL,
  id             CHAR(36) CHARACTER SET ascii NOT NULL,
  email          VARCHAR(254) NOT NULL,
  name           VARCHAR(200) NOT NULL,
  role           VARCHAR(20) CHARACTER SET ascii NOT NULL,
  password_hash  VARCHAR(255) CHARACTER SET ascii NOT NULL,
  active         BOOLEAN NOT NULL DEFAULT TRUE,
  created_at     DATETIME(6) NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE KEY uq_staff_users_email (tenant_id, email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE staff_users;
