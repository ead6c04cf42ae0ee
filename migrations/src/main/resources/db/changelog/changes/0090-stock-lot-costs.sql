--liquibase formatted sql

--changeset regimen:0090-stock-lot-costs
-- What one unit of a lot cost, in minor units of its location's currency (a location's currency never
-- changes). NULL is "not known": lots received before costs were asked for, or moved in from a location
-- of another currency. Reports count those units apart instead of valuing them at zero.
ALTER TABLE stock_lots ADD COLUMN unit_cost BIGINT NULL;
ALTER TABLE stock_lots ADD CONSTRAINT ck_stock_lots_unit_cost CHECK (unit_cost IS NULL OR unit_cost >= 0);
--rollback ALTER TABLE stock_lots DROP CONSTRAINT ck_stock_lots_unit_cost; ALTER TABLE stock_lots DROP COLUMN unit_cost;
