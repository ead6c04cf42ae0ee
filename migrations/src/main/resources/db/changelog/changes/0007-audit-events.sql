--liquibase formatted sql

--changeset regimen:0007-audit-events
-- Append-only: the application never updates or deletes these rows.
CREATE TABLE audit_events (
  tenant_id    CHAR(36) CHARACTER SET ascii NOT NULL,
  id           CHAR(36) CHARACTER SET ascii NOT NULL,
  occurred_at  DATETIME(6) NOT NULL,
  actor_type   VARCHAR(12) CHARACTER SET ascii NOT NULL,
  actor_id     CHAR(36) CHARACTER SET ascii NULL,
  action       VARCHAR(80) CHARACTER SET ascii NOT NULL,
  entity_type  VARCHAR(60) CHARACTER SET ascii NOT NULL,
  entity_id    CHAR(36) CHARACTER SET ascii NOT NULL,
  details      JSON NULL,
  PRIMARY KEY (tenant_id, id),
  KEY ix_audit_entity (tenant_id, entity_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE audit_events;
