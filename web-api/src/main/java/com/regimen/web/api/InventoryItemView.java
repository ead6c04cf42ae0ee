package com.regimen.web.api;

import com.regimen.core.inventory.InventoryItem;

import java.time.Instant;

/** A consumable of the catalogue, by its sku (unique in the clinic chain), counted in {@code unit}s. */
public record InventoryItemView(String tenantId, String id, String sku, String name, String unit, Instant createdAt) {
    public static InventoryItemView of(InventoryItem item) {
        return new InventoryItemView(item.tenantId(), item.id(), item.sku(), item.name(), item.unit(),
                item.createdAt());
    }
}
