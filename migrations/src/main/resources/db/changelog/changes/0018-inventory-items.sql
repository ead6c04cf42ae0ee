--liquibase formatted sql

--changeset regimen:0018-inventory-items
CREATE TABLE inventory_items (
  tenant_id   CHAR(36) CHARACTER SET ascii NOT NULL,
  id          CHAR(36) CHARACTER SET ascii NOT NULL,
  sku         VARCHAR(64) CHARACTER SET ascii NOT NULL,
  name        VARCHAR(200) NOT NULL,
  unit        VARCHAR(40) NOT NULL,
  created_at  DATETIME(6) NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE KEY uq_inventory_items_sku (tenant_id, sku)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE inventory_par_levels (
  tenant_id    CHAR(36) CHARACTER SET ascii NOT NULL,
  item_id      CHAR(36) CHARACTER SET ascii NOT NULL,
  location_id  CHAR(36) CHARACTER SET ascii NOT NULL,
  par_level    INT NOT NULL,
  PRIMARY KEY (tenant_id, item_id, location_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
--rollback DROP TABLE inventory_par_levels; DROP TABLE inventory_items;
