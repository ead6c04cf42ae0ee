--liquibase formatted sql

--changeset regimen:0026-refunds
-- Each refund is a row of its own, so that refunds made in Stripe's dashboard, refunds that fail
-- after the fact and refunds awaiting a manager's approval can all be told apart. The row id is
-- the Stripe idempotency key: it is committed before Stripe is called and reused on every retry.
-- payments.refunded stays as the sum of PENDING and SUCCEEDED rows, recomputed in the same
-- transaction as any change to them.
CREATE TABLE payment_refunds (
  tenant_id         CHAR(36) CHARACTER SET ascii NOT NULL,
  id                CHAR(36) CHARACTER SET ascii NOT NULL,
  payment_id        CHAR(36) CHARACTER SET ascii NOT NULL,
  appointment_id    CHAR(36) CHARACTER SET ascii NOT NULL,
  amount            BIGINT NOT NULL,
  status            VARCHAR(20) CHARACTER SET ascii NOT NULL,
  origin            VARCHAR(20) CHARACTER SET ascii NOT NULL,
  stripe_refund_id  VARCHAR(64) CHARACTER SET ascii NULL,
  requested_by      CHAR(36) CHARACTER SET ascii NULL,
  approved_by       CHAR(36) CHARACTER SET ascii NULL,
  created_at        DATETIME(6) NOT NULL,
  updated_at        DATETIME(6) NOT NULL,
  PRIMARY KEY (tenant_id, id),
  KEY ix_payment_refunds_payment (tenant_id, payment_id),
  KEY ix_payment_refunds_appointment (tenant_id, appointment_id),
  KEY ix_payment_refunds_status (tenant_id, status),
  UNIQUE KEY uq_payment_refunds_stripe (tenant_id, stripe_refund_id),
  CONSTRAINT ck_payment_refunds_amount CHECK (amount > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Refunds recorded before this table existed become one row per payment.
INSERT INTO payment_refunds (tenant_id, id, payment_id, appointment_id, amount, status, origin, stripe_refund_id,
                             requested_by, approved_by, created_at, updated_at)
SELECT tenant_id, UUID(), id, appointment_id, refunded, 'SUCCEEDED', 'STAFF', NULL, NULL, NULL, updated_at, updated_at
FROM payments WHERE refunded > 0;

-- Which tenant a Stripe connected account belongs to. Tenant-less on purpose: events about refunds
-- made in Stripe's dashboard carry only the account, not our metadata, and must be routed to their
-- tenant. One account belongs to one tenant. Under Vitess this is a lookup table (see docs/scaling.md).
CREATE TABLE stripe_account_routes (
  stripe_account_id  VARCHAR(64) CHARACTER SET ascii NOT NULL,
  tenant_id          CHAR(36) CHARACTER SET ascii NOT NULL,
  created_at         DATETIME(6) NOT NULL,
  PRIMARY KEY (stripe_account_id),
  KEY ix_stripe_account_routes_tenant (tenant_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO stripe_account_routes (stripe_account_id, tenant_id, created_at)
SELECT stripe_account_id, MIN(tenant_id), MIN(updated_at) FROM payment_settings
WHERE stripe_account_id IS NOT NULL GROUP BY stripe_account_id;
--rollback DROP TABLE stripe_account_routes; DROP TABLE payment_refunds;
