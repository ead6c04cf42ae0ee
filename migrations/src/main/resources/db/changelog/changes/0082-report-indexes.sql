--liquibase formatted sql

--changeset regimen:0082-report-indexes
-- The stock report reads one kind of movement over a date range; without this it read every
-- movement of the tenant.
CREATE INDEX ix_stock_movements_kind_time ON stock_movements (tenant_id, kind, occurred_at);
--rollback DROP INDEX ix_stock_movements_kind_time ON stock_movements;
