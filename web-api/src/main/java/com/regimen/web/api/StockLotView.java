package com.regimen.web.api;

import com.regimen.core.inventory.StockLot;

import java.time.Instant;
import java.time.LocalDate;

/** A delivered batch of one item at one location: what is on the shelf and how much of it is held. */
public record StockLotView(String id, String itemId, String sku, String locationId, String lotNumber,
                           LocalDate expiresOn, int onHand, int reserved, Instant receivedAt) {
    public static StockLotView of(StockLot lot) {
        return new StockLotView(lot.id(), lot.itemId(), lot.sku(), lot.locationId(), lot.lotNumber(), lot.expiresOn(),
                lot.onHand(), lot.reserved(), lot.receivedAt());
    }
}
