package com.regimen.web.api;

import com.regimen.core.inventory.StockLot;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A delivered batch of one item at one location: what is on the shelf, how much of it is held, and
 * what a unit cost (minor units of the location's currency; null when no receipt gave it).
 */
public record StockLotView(String id, String itemId, String sku, String locationId, String lotNumber,
                           LocalDate expiresOn, int onHand, int reserved, Instant receivedAt,
                           @Schema(nullable = true) Long unitCost) {
    public static StockLotView of(StockLot lot) {
        return new StockLotView(lot.id(), lot.itemId(), lot.sku(), lot.locationId(), lot.lotNumber(), lot.expiresOn(),
                lot.onHand(), lot.reserved(), lot.receivedAt(), lot.unitCost());
    }
}
