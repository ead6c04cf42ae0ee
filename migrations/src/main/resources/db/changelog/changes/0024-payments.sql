--liquibase formatted sql

--changeset regimen:0024-payments
-- A tenant's Stripe Connect account: every card call for the tenant carries it as Stripe-Account.
CREATE TABLE payment_settings (
  tenant_id          CHAR(36) CHARACTER SET ascii NOT NULL,
  stripe_account_id  VARCHAR(64) CHARACTER SET ascii NULL,
  updated_at         DATETIME(6) NOT NULL,
  PRIMARY KEY (tenant_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- stripe_idempotency_key is stored before the first call to Stripe and reused on every retry, so
-- a retried charge can never charge twice.
CREATE TABLE payments (
  tenant_id                 CHAR(36) CHARACTER SET ascii NOT NULL,
  id                        CHAR(36) CHARACTER SET ascii NOT NULL,
  appointment_id            CHAR(36) CHARACTER SET ascii NOT NULL,
  kind                      VARCHAR(12) CHARACTER SET ascii NOT NULL,
  method                    VARCHAR(8) CHARACTER SET ascii NOT NULL,
  status                    VARCHAR(20) CHARACTER SET ascii NOT NULL,
  amount                    BIGINT NOT NULL,
  currency                  CHAR(3) CHARACTER SET ascii NOT NULL,
  refunded                  BIGINT NOT NULL,
  stripe_payment_intent_id  VARCHAR(64) CHARACTER SET ascii NULL,
  stripe_idempotency_key    CHAR(36) CHARACTER SET ascii NULL,
  created_by                CHAR(36) CHARACTER SET ascii NOT NULL,
  created_at                DATETIME(6) NOT NULL,
  updated_at                DATETIME(6) NOT NULL,
  PRIMARY KEY (tenant_id, id),
  KEY ix_payments_appointment (tenant_id, appointment_id),
  UNIQUE KEY uq_payments_intent (tenant_id, stripe_payment_intent_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Each Stripe event applied once per tenant, whatever Stripe retries.
CREATE TABLE stripe_events (
  tenant_id    CHAR(36) CHARACTER SET ascii NOT NULL,
  event_id     VARCHAR(64) CHARACTER SET ascii NOT NULL,
  type         VARCHAR(80) CHARACTER SET ascii NOT NULL,
  received_at  DATETIME(6) NOT NULL,
  PRIMARY KEY (tenant_id, event_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE stripe_events; DROP TABLE payments; DROP TABLE payment_settings;
