package com.regimen.core.reports;

import java.util.List;

/**
 * Stock per location: units used in treatments in the range; units on hand that expire within 30,
 * 60 and 90 days of the location's today (each window includes the shorter ones); and items under
 * their par level, by how many units. Quantities, not money: lots carry no purchase cost yet.
 */
public record StockReport(ReportRange range, List<StockLine> lines) {
    public record StockLine(String locationId, String locationName, List<StockItem> consumed, List<StockItem> expiringIn30Days,
                       List<StockItem> expiringIn60Days, List<StockItem> expiringIn90Days, List<StockItem> belowPar) {
    }

    public record StockItem(String sku, String name, long quantity) {
    }
}
