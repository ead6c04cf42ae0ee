--liquibase formatted sql

--changeset regimen:0091-password-change-required
-- Set when someone else chose the password (an invitation's or a reset's temporary one): until the
-- member sets their own, their sessions may only change it or sign out.
ALTER TABLE staff_users ADD COLUMN password_change_required BOOLEAN NOT NULL DEFAULT FALSE;
--rollback ALTER TABLE staff_users DROP COLUMN password_change_required;
