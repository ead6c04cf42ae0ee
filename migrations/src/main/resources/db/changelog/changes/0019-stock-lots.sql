--liquibase formatted sql

--changeset regimen:0019-stock-lots
-- on_hand mirrors the sum of the lot's movements (written in the same transaction, and checked by
-- the ledger check); it and reserved live on the row so allocation can lock and read one row.
CREATE TABLE stock_lots (
  tenant_id    CHAR(36) CHARACTER SET ascii NOT NULL,
  id           CHAR(36) CHARACTER SET ascii NOT NULL,
  item_id      CHAR(36) CHARACTER SET ascii NOT NULL,
  location_id  CHAR(36) CHARACTER SET ascii NOT NULL,
  lot_number   VARCHAR(100) NOT NULL,
  expires_on   DATE NOT NULL,
  on_hand      INT NOT NULL,
  reserved     INT NOT NULL,
  received_at  DATETIME(6) NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE KEY uq_stock_lots_number (tenant_id, location_id, item_id, lot_number),
  KEY ix_stock_lots_fefo (tenant_id, location_id, item_id, expires_on),
  CONSTRAINT ck_stock_lots_quantities CHECK (on_hand >= 0 AND reserved >= 0 AND reserved <= on_hand)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE stock_lots;
