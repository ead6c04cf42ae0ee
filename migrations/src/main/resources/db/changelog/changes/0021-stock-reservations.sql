--liquibase formatted sql

--changeset regimen:0021-stock-reservations
CREATE TABLE stock_reservations (
  tenant_id       CHAR(36) CHARACTER SET ascii NOT NULL,
  id              CHAR(36) CHARACTER SET ascii NOT NULL,
  appointment_id  CHAR(36) CHARACTER SET ascii NOT NULL,
  lot_id          CHAR(36) CHARACTER SET ascii NOT NULL,
  quantity        INT NOT NULL,
  state           VARCHAR(12) CHARACTER SET ascii NOT NULL,
  created_at      DATETIME(6) NOT NULL,
  PRIMARY KEY (tenant_id, id),
  KEY ix_reservations_appointment (tenant_id, appointment_id),
  KEY ix_reservations_lot (tenant_id, lot_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE stock_reservations;
