package com.regimen.web.api;

import com.regimen.core.inventory.StockLevels;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** An item's stock at a location, in total and per lot. */
public record ItemLevelView(String itemId, String sku, String name, String unit, int onHand, int reserved,
                            int available,
                            @Schema(nullable = true, description = "none set for this location") Integer parLevel,
                            List<LotLevel> lots) {

    /** A lot as shelved: {@code available} is 0 once it has expired (in the location's zone). */
    public record LotLevel(String lotId, String lotNumber, LocalDate expiresOn, int onHand, int reserved,
                           int available, boolean expired) {
        static LotLevel of(StockLevels.LotLevel lot) {
            return new LotLevel(lot.lotId(), lot.lotNumber(), lot.expiresOn(), lot.onHand(), lot.reserved(),
                    lot.available(), lot.expired());
        }
    }

    public static ItemLevelView of(StockLevels.ItemLevel level) {
        return new ItemLevelView(level.itemId(), level.sku(), level.name(), level.unit(), level.onHand(),
                level.reserved(), level.available(), level.parLevel(),
                level.lots().stream().map(LotLevel::of).toList());
    }
}
