--liquibase formatted sql

--changeset regimen:0052-day-book
-- Every payment and refund that succeeded, on the business day (the location's zone) it succeeded:
-- what the day close counts. Written in the same transaction as the money moved; one row per
-- payment or refund.
CREATE TABLE day_book_entries (
  tenant_id       CHAR(36) CHARACTER SET ascii NOT NULL,
  id              CHAR(36) CHARACTER SET ascii NOT NULL,
  location_id     CHAR(36) CHARACTER SET ascii NOT NULL,
  business_date   DATE NOT NULL,
  entry_type      VARCHAR(8) CHARACTER SET ascii NOT NULL,
  source_id       CHAR(36) CHARACTER SET ascii NOT NULL,
  payment_id      CHAR(36) CHARACTER SET ascii NOT NULL,
  appointment_id  CHAR(36) CHARACTER SET ascii NOT NULL,
  method          VARCHAR(8) CHARACTER SET ascii NOT NULL,
  payment_kind    VARCHAR(20) CHARACTER SET ascii NOT NULL,
  currency        CHAR(3) CHARACTER SET ascii NOT NULL,
  amount          BIGINT NOT NULL,
  occurred_at     DATETIME(6) NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE KEY uq_day_book_source (tenant_id, entry_type, source_id),
  KEY ix_day_book_day (tenant_id, location_id, business_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A closed business day at a location: what the book expected in the drawer, what was counted.
CREATE TABLE day_closes (
  tenant_id          CHAR(36) CHARACTER SET ascii NOT NULL,
  id                 CHAR(36) CHARACTER SET ascii NOT NULL,
  location_id        CHAR(36) CHARACTER SET ascii NOT NULL,
  business_date      DATE NOT NULL,
  currency           CHAR(3) CHARACTER SET ascii NOT NULL,
  expected_cash      BIGINT NOT NULL,
  counted_cash       BIGINT NOT NULL,
  variance           BIGINT NOT NULL,
  expected_by_method JSON NOT NULL,
  note               VARCHAR(500) NULL,
  closed_by          CHAR(36) CHARACTER SET ascii NOT NULL,
  closed_at          DATETIME(6) NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE KEY uq_day_closes_day (tenant_id, location_id, business_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE day_closes; DROP TABLE day_book_entries;
