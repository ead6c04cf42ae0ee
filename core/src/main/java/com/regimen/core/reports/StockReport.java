package com.regimen.core.reports;

import java.util.List;

/**
 * Stock per location: units used in treatments in the range and what they cost; units on hand that
 * expire within 30, 60 and 90 days of the location's today (each window includes the shorter ones)
 * and what they are worth; and items under their par level, by how many units. Money is in minor
 * units of the location's currency, at each lot's unit cost. Units of lots whose cost is not known
 * are counted in {@code uncostedQuantity}, never valued at zero; {@code cost} is null when no unit of
 * the item has a known cost.
 */
public record StockReport(ReportRange range, List<StockLine> lines) {
    public record StockLine(String locationId, String locationName, String currency, List<StockItem> consumed,
                            List<StockItem> expiringIn30Days, List<StockItem> expiringIn60Days,
                            List<StockItem> expiringIn90Days, List<Shortfall> belowPar, StockValue consumedCost,
                            StockValue valueExpiringIn30Days, StockValue valueExpiringIn60Days,
                            StockValue valueExpiringIn90Days) {
    }

    /** Units of one item, and what the units with a known cost cost (null when none has one). */
    public record StockItem(String sku, String name, long quantity, Long cost, long uncostedQuantity) {
    }

    /** Units missing to reach an item's par level. */
    public record Shortfall(String sku, String name, long quantity) {
    }

    /** A sum of money over items, with the units left out of it because their cost is not known. */
    public record StockValue(Long amount, long uncostedQuantity) {
        static StockValue of(List<StockItem> items) {
            long costed = 0;
            long uncosted = 0;
            boolean anyCosted = false;
            for (StockItem item : items) {
                uncosted += item.uncostedQuantity();
                if (item.cost() != null) {
                    costed += item.cost();
                    anyCosted = true;
                }
            }
            boolean nothingToValue = uncosted == 0;
            return new StockValue(anyCosted || nothingToValue ? Long.valueOf(costed) : null, uncosted);
        }
    }
}
