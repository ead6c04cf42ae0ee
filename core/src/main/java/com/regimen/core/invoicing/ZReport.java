package com.regimen.core.invoicing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A location's business day: every payment and refund booked on it, every invoice and credit note
 * issued on it, net takings per method and currency, and the close if the day is closed.
 *
 * @param netByMethodAndCurrency e.g. {CASH: {SAR: 35000}, CARD: {SAR: 150000}}: payments minus refunds
 * @param close null while the day is open
 */
public record ZReport(String locationId, LocalDate businessDate, String currency, List<DayBookEntry> entries,
                      List<TaxDocument> documents, Map<String, Map<String, Long>> netByMethodAndCurrency,
                      long expectedCash, DayClose close) {
}
