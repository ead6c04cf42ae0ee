package com.regimen.core.invoicing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * A business day closed at a location. {@code expectedCash} is what the day book says the drawer
 * should hold (cash taken minus cash handed back, in the location's currency); the variance is
 * counted minus expected, so a shortfall is negative.
 *
 * @param expectedByMethod net takings per method (CASH, CARD, ...) in the location's currency
 */
public record DayClose(String id, String locationId, LocalDate businessDate, String currency, long expectedCash,
                       long countedCash, long variance, Map<String, Long> expectedByMethod, String note,
                       String closedBy, Instant closedAt) {
}
