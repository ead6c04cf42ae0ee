--liquibase formatted sql

--changeset regimen:0080-staff-offboarding
-- Deactivating a member of staff revokes every API key they made, and the audit viewer filters by
-- who acted: both look rows up by that person within a tenant.
CREATE INDEX ix_api_keys_created_by ON api_keys (tenant_id, created_by);
CREATE INDEX ix_audit_actor ON audit_events (tenant_id, actor_id, id);
--rollback DROP INDEX ix_audit_actor ON audit_events;
--rollback DROP INDEX ix_api_keys_created_by ON api_keys;
