package com.regimen.web.api;

import com.regimen.core.inventory.ReservedConsumable;

/** Units of a lot held for an appointment (taken from stock when it completes). */
public record ReservedConsumableView(String lotId, String sku, int quantity) {
    public static ReservedConsumableView of(ReservedConsumable held) {
        return new ReservedConsumableView(held.lotId(), held.sku(), held.quantity());
    }
}
