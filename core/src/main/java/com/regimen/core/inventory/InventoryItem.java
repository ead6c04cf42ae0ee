package com.regimen.core.inventory;

import java.time.Instant;

/** A consumable the clinic stocks, by its sku (unique in the tenant), counted in {@code unit}s. */
public record InventoryItem(String tenantId, String id, String sku, String name, String unit, Instant createdAt) {
}
