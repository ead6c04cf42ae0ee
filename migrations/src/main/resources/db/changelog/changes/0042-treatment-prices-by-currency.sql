--liquibase formatted sql

--changeset regimen:0042-treatment-prices-by-currency
-- A chain with locations in several currencies prices each treatment in each of them:
-- {"AED": {"session": 95000}}. The tenant's own currency stays in prices; NULL: no other currency.
ALTER TABLE treatment_settings ADD COLUMN prices_by_currency JSON NULL AFTER prices;
--rollback ALTER TABLE treatment_settings DROP COLUMN prices_by_currency;
