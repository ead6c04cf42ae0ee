--liquibase formatted sql

--changeset regimen:0069-clearance-evidence
-- Per finding code, a fingerprint of what the physician saw (the finding's message in both languages,
-- which names the medicine, patch test or plugin condition): the same code with other content is a new
-- finding. Clearances recorded before this column have none and cover nothing any more.
ALTER TABLE clearances ADD COLUMN finding_evidence JSON NULL AFTER findings;
--rollback ALTER TABLE clearances DROP COLUMN finding_evidence;
