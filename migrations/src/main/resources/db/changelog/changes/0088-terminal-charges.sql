--liquibase formatted sql

--changeset regimen:0088-terminal-charges
-- A card payment handed to a reader: its live state, and for the receipt what the reader read.
CREATE TABLE terminal_charges (
  tenant_id                 CHAR(36) CHARACTER SET ascii NOT NULL,
  payment_id                CHAR(36) CHARACTER SET ascii NOT NULL,
  reader_id                 CHAR(36) CHARACTER SET ascii NOT NULL,
  stripe_payment_intent_id  VARCHAR(64) CHARACTER SET ascii NOT NULL,
  state                     VARCHAR(20) CHARACTER SET ascii NOT NULL,
  failure_code              VARCHAR(64) CHARACTER SET ascii NULL,
  failure_message           VARCHAR(300) NULL,
  card_brand                VARCHAR(20) CHARACTER SET ascii NULL,
  card_last4                CHAR(4) CHARACTER SET ascii NULL,
  read_method               VARCHAR(40) CHARACTER SET ascii NULL,
  created_by                CHAR(36) CHARACTER SET ascii NOT NULL,
  created_at                DATETIME(6) NOT NULL,
  updated_at                DATETIME(6) NOT NULL,
  PRIMARY KEY (tenant_id, payment_id),
  UNIQUE KEY uq_terminal_charges_intent (tenant_id, stripe_payment_intent_id),
  KEY ix_terminal_charges_reader (tenant_id, reader_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE terminal_charges;
