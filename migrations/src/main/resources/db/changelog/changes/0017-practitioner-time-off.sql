--liquibase formatted sql

--changeset regimen:0017-practitioner-time-off
CREATE TABLE practitioner_time_off (
  tenant_id        CHAR(36) CHARACTER SET ascii NOT NULL,
  id               CHAR(36) CHARACTER SET ascii NOT NULL,
  practitioner_id  CHAR(36) CHARACTER SET ascii NOT NULL,
  starts_at        DATETIME(6) NOT NULL,
  ends_at          DATETIME(6) NOT NULL,
  reason           VARCHAR(500) NULL,
  created_at       DATETIME(6) NOT NULL,
  PRIMARY KEY (tenant_id, id),
  KEY ix_time_off_window (tenant_id, practitioner_id, starts_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE practitioner_time_off;
