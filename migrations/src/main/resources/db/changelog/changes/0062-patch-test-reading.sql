--liquibase formatted sql

--changeset regimen:0062-patch-test-reading
-- A patch test is applied, then read: the two times decide whether the reading counts (a plugin's
-- minimum wait) and for how long (its validity). Tests recorded before this change had one time,
-- which was both.
ALTER TABLE patch_tests CHANGE COLUMN performed_at applied_at DATETIME(6) NOT NULL;
ALTER TABLE patch_tests ADD COLUMN read_at DATETIME(6) NULL AFTER applied_at;
UPDATE patch_tests SET read_at = applied_at;
ALTER TABLE patch_tests MODIFY COLUMN read_at DATETIME(6) NOT NULL;
--rollback ALTER TABLE patch_tests DROP COLUMN read_at;
--rollback ALTER TABLE patch_tests CHANGE COLUMN applied_at performed_at DATETIME(6) NOT NULL;
