--liquibase formatted sql

--changeset regimen:0040-payment-tender
-- Cash at the desk: what the patient handed over and the change given back, so that the till
-- can be counted against the ledger. NULL for card payments and for cash taken before this.
ALTER TABLE payments
  ADD COLUMN tendered     BIGINT NULL AFTER currency,
  ADD COLUMN change_given BIGINT NULL AFTER tendered,
  ADD CONSTRAINT ck_payments_amount CHECK (amount > 0),
  ADD CONSTRAINT ck_payments_refunded CHECK (refunded >= 0 AND refunded <= amount),
  ADD CONSTRAINT ck_payments_change CHECK (change_given IS NULL OR (change_given >= 0 AND tendered = amount + change_given));
--rollback ALTER TABLE payments DROP CONSTRAINT ck_payments_change, DROP CONSTRAINT ck_payments_refunded, DROP CONSTRAINT ck_payments_amount, DROP COLUMN change_given, DROP COLUMN tendered;
