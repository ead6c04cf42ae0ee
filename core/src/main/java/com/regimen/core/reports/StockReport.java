package com.regimen.core.reports;

import java.util.List;

/**
 * Stock per location: units used in treatments in the range; units on hand that expire within 30,
 * 60 and 90 days of the location's today (each window includes the shorter ones); and items under
 * their par level, by how many units. Quantities, not money: lots carry no purchase cost yet.
 */
public record StockReport(ReportRange range, List<Line> lines) {
    public record Line(String locationId, String locationName, List<Item> consumed, List<Item> expiringIn30Days,
                       List<Item> expiringIn60Days, List<Item> expiringIn90Days, List<Item> belowPar) {
    }

    public record Item(String sku, String name, long quantity) {
    }
}
