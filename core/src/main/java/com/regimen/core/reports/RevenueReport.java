package com.regimen.core.reports;

import java.time.LocalDate;
import java.util.List;

/**
 * Money taken, net of refunds, with VAT apart: invoices less credit notes, by period and group.
 * Amounts are minor units of {@code currency}; a chain charging in two currencies has lines in each.
 *
 * @param gross    invoiced less credited (what the clinic keeps, VAT included)
 * @param net      gross less VAT
 */
public record RevenueReport(ReportRange range, Period period, GroupBy groupBy, List<RevenueLine> lines,
                            List<RevenueTotal> totals) {

    public enum Period { DAY, WEEK, MONTH }

    public enum GroupBy { LOCATION, TREATMENT, PRACTITIONER }

    public record RevenueLine(LocalDate periodStart, String groupId, String groupName, String currency, long invoiced,
                       long credited, long gross, long vat, long net) {
    }

    public record RevenueTotal(String currency, long invoiced, long credited, long gross, long vat, long net) {
    }
}
