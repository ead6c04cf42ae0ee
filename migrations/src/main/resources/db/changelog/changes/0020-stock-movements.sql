--liquibase formatted sql

--changeset regimen:0020-stock-movements
-- The append-only ledger: the application inserts rows and never updates or deletes them.
CREATE TABLE stock_movements (
  tenant_id       CHAR(36) CHARACTER SET ascii NOT NULL,
  id              CHAR(36) CHARACTER SET ascii NOT NULL,
  lot_id          CHAR(36) CHARACTER SET ascii NOT NULL,
  kind            VARCHAR(20) CHARACTER SET ascii NOT NULL,
  delta           INT NOT NULL,
  reason          VARCHAR(500) NULL,
  appointment_id  CHAR(36) CHARACTER SET ascii NULL,
  patient_id      CHAR(36) CHARACTER SET ascii NULL,
  related_lot_id  CHAR(36) CHARACTER SET ascii NULL,
  actor_id        CHAR(36) CHARACTER SET ascii NULL,
  occurred_at     DATETIME(6) NOT NULL,
  PRIMARY KEY (tenant_id, id),
  KEY ix_stock_movements_lot (tenant_id, lot_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE stock_movements;
