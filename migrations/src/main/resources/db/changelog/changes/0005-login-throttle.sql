--liquibase formatted sql

--changeset regimen:0005-login-throttle
-- Failed sign-ins per subject ("account:<email>" or "address:<ip>") within the tenant named in
-- the attempt. Kept in the database, not in a node's memory, so every node enforces the same
-- limit.
CREATE TABLE login_throttle (
  tenant_id         CHAR(36) CHARACTER SET ascii NOT NULL,
  subject           VARCHAR(300) NOT NULL,
  failures          INT NOT NULL,
  window_started_at DATETIME(6) NOT NULL,
  locked_until      DATETIME(6) NULL,
  PRIMARY KEY (tenant_id, subject)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
--rollback DROP TABLE login_throttle;
