--liquibase formatted sql

--changeset regimen:0105-lock-writes
-- Every guard lock also writes its row (lock_version + 1). On one server that is the same row lock a
-- locking read takes; on a multi-primary Galera cluster a locking read on one node does not stop a
-- writer on another, but two transactions that wrote the same row conflict at commit (1213), and the
-- loser runs again and sees the winner's rows (docs/scaling.md, "Multi-primary: Galera").
ALTER TABLE practitioners ADD COLUMN lock_version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE rooms ADD COLUMN lock_version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE stock_lots ADD COLUMN lock_version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE appointments ADD COLUMN lock_version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE payments ADD COLUMN lock_version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE payment_refunds ADD COLUMN lock_version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE patients ADD COLUMN lock_version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE staff_users ADD COLUMN lock_version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE locations ADD COLUMN lock_version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE discount_rules ADD COLUMN lock_version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE stripe_connect_accounts ADD COLUMN lock_version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE tax_documents ADD COLUMN lock_version BIGINT NOT NULL DEFAULT 0;
--rollback ALTER TABLE tax_documents DROP COLUMN lock_version;
--rollback ALTER TABLE stripe_connect_accounts DROP COLUMN lock_version;
--rollback ALTER TABLE discount_rules DROP COLUMN lock_version;
--rollback ALTER TABLE locations DROP COLUMN lock_version;
--rollback ALTER TABLE staff_users DROP COLUMN lock_version;
--rollback ALTER TABLE patients DROP COLUMN lock_version;
--rollback ALTER TABLE payment_refunds DROP COLUMN lock_version;
--rollback ALTER TABLE payments DROP COLUMN lock_version;
--rollback ALTER TABLE appointments DROP COLUMN lock_version;
--rollback ALTER TABLE stock_lots DROP COLUMN lock_version;
--rollback ALTER TABLE rooms DROP COLUMN lock_version;
--rollback ALTER TABLE practitioners DROP COLUMN lock_version;
