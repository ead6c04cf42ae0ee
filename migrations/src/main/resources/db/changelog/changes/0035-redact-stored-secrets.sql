--liquibase formatted sql

--changeset regimen:0035-redact-stored-secrets
-- Replies kept for Idempotency-Key replays used to hold the secret of a new API key in clear
-- (POST /v1/api-keys: "secret"; POST /v1/signup: "apiKey") for 24 hours. From now on the server
-- stores them without it (ShownOnce); this blanks the ones stored before, as a replay now answers.
UPDATE idempotency_keys SET response_body = JSON_SET(response_body, '$.secret', NULL)
 WHERE state = 'COMPLETE' AND JSON_VALID(response_body)
   AND JSON_EXISTS(response_body, '$.lastFour') AND JSON_EXISTS(response_body, '$.secret');
UPDATE idempotency_keys SET response_body = JSON_SET(response_body, '$.apiKey', NULL)
 WHERE state = 'COMPLETE' AND JSON_VALID(response_body)
   AND JSON_EXISTS(response_body, '$.ownerUserId') AND JSON_EXISTS(response_body, '$.apiKey');
--rollback SELECT 1;
