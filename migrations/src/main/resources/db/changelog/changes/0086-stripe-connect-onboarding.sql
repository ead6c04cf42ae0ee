--liquibase formatted sql

--changeset regimen:0086-stripe-connect-onboarding
-- The Stripe connected account the platform created for a tenant, and what Stripe last said of it.
-- The account becomes the tenant's card account (payment_settings) only once an account.updated
-- event says charges are enabled; last_event_created orders those events, which may come late.
CREATE TABLE stripe_connect_accounts (
  tenant_id           CHAR(36) CHARACTER SET ascii NOT NULL,
  stripe_account_id   VARCHAR(64) CHARACTER SET ascii NULL,
  idempotency_key     CHAR(36) CHARACTER SET ascii NOT NULL,
  charges_enabled     BOOLEAN NOT NULL,
  details_submitted   BOOLEAN NOT NULL,
  last_event_created  BIGINT NULL,
  created_at          DATETIME(6) NOT NULL,
  updated_at          DATETIME(6) NOT NULL,
  PRIMARY KEY (tenant_id),
  UNIQUE KEY uq_stripe_connect_accounts_account (tenant_id, stripe_account_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE stripe_connect_accounts;
