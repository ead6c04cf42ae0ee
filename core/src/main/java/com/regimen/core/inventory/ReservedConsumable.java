package com.regimen.core.inventory;

/** Units of one lot held for an appointment. */
public record ReservedConsumable(String lotId, String sku, int quantity) {
}
