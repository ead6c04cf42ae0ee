package com.regimen.core.inventory;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A delivered batch of one item at one location, traced by its lot number and expiry. {@code unitCost}
 * is what one unit cost in minor units of the location's currency, or null when nobody said.
 */
public record StockLot(String id, String itemId, String sku, String locationId, String lotNumber, LocalDate expiresOn,
                       int onHand, int reserved, Instant receivedAt, Long unitCost) {
    public int free() {
        return onHand - reserved;
    }

    /** A lot may be used on the day it expires, not after. */
    public boolean expiredOn(LocalDate date) {
        return expiresOn.isBefore(date);
    }
}
