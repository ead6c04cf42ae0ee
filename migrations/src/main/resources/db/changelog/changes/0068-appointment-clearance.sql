--liquibase formatted sql

--changeset regimen:0068-appointment-clearance
-- The clearance record the appointment's last gate relied on (the old free-text clearance column
-- stays for appointments booked before clearances were records).
ALTER TABLE appointments ADD COLUMN clearance_id CHAR(36) CHARACTER SET ascii NULL AFTER clearance;
--rollback ALTER TABLE appointments DROP COLUMN clearance_id;
