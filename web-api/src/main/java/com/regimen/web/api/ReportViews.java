package com.regimen.web.api;

import com.regimen.core.reports.UtilisationReport.Kind;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The back office's reports as the API answers them; each mirrors its report of {@code core.reports} member
 * for member (the meaning of each is documented there and in the operation).
 */
public final class ReportViews {
    private ReportViews() {
    }

    /** The local days a report covers, {@code from} to {@code to} inclusive, each location in its own zone. */
    public record ReportRange(LocalDate from, LocalDate to) {
        static ReportRange of(com.regimen.core.reports.ReportRange range) {
            return new ReportRange(range.from(), range.to());
        }
    }

    public record RevenueReport(ReportRange range, com.regimen.core.reports.RevenueReport.Period period,
                                com.regimen.core.reports.RevenueReport.GroupBy groupBy, List<RevenueLine> lines,
                                List<RevenueTotal> totals) {
        public static RevenueReport of(com.regimen.core.reports.RevenueReport r) {
            return new RevenueReport(ReportRange.of(r.range()), r.period(), r.groupBy(),
                    r.lines().stream().map(l -> new RevenueLine(l.periodStart(), l.groupId(), l.groupName(),
                            l.currency(), l.invoiced(), l.credited(), l.gross(), l.vat(), l.net())).toList(),
                    r.totals().stream().map(t -> new RevenueTotal(t.currency(), t.invoiced(), t.credited(), t.gross(),
                            t.vat(), t.net())).toList());
        }
    }

    public record RevenueLine(LocalDate periodStart, String groupId, String groupName, String currency, long invoiced,
                              long credited, long gross, long vat, long net) {
    }

    public record RevenueTotal(String currency, long invoiced, long credited, long gross, long vat, long net) {
    }

    public record AttendanceReport(ReportRange range, List<AttendanceLine> lines) {
        public static AttendanceReport of(com.regimen.core.reports.AttendanceReport r) {
            return new AttendanceReport(ReportRange.of(r.range()), r.lines().stream()
                    .map(l -> new AttendanceLine(l.locationId(), l.locationName(), l.currency(), l.appointments(),
                            l.noShows(), l.cancellations(), l.lateCancels(), l.noShowRate(), l.lateCancelRate(),
                            l.feesCharged(), l.feesCollected())).toList());
        }
    }

    public record AttendanceLine(String locationId, String locationName, String currency, long appointments,
                                 long noShows, long cancellations, long lateCancels, BigDecimal noShowRate,
                                 BigDecimal lateCancelRate, long feesCharged, long feesCollected) {
    }

    public record PatientReport(ReportRange range, long patientsSeen, long newPatients, long returningPatients,
                                long coursesStarted, long coursesCompleted, BigDecimal courseCompletionRate) {
        public static PatientReport of(com.regimen.core.reports.PatientReport r) {
            return new PatientReport(ReportRange.of(r.range()), r.patientsSeen(), r.newPatients(),
                    r.returningPatients(), r.coursesStarted(), r.coursesCompleted(), r.courseCompletionRate());
        }
    }

    public record UtilisationReport(ReportRange range, List<UtilisationLine> lines) {
        public static UtilisationReport of(com.regimen.core.reports.UtilisationReport r) {
            return new UtilisationReport(ReportRange.of(r.range()), r.lines().stream()
                    .map(l -> new UtilisationLine(l.kind(), l.id(), l.name(), l.locationId(), l.locationName(),
                            l.bookedMinutes(), l.openMinutes(), l.rate())).toList());
        }
    }

    public record UtilisationLine(Kind kind, String id, String name, String locationId, String locationName,
                                  long bookedMinutes, long openMinutes, BigDecimal rate) {
    }

    public record StockReport(ReportRange range, List<StockLine> lines) {
        public static StockReport of(com.regimen.core.reports.StockReport r) {
            return new StockReport(ReportRange.of(r.range()), r.lines().stream()
                    .map(l -> new StockLine(l.locationId(), l.locationName(), l.currency(), items(l.consumed()),
                            items(l.expiringIn30Days()), items(l.expiringIn60Days()), items(l.expiringIn90Days()),
                            l.belowPar().stream().map(s -> new Shortfall(s.sku(), s.name(), s.quantity())).toList(),
                            StockValue.of(l.consumedCost()), StockValue.of(l.valueExpiringIn30Days()),
                            StockValue.of(l.valueExpiringIn60Days()), StockValue.of(l.valueExpiringIn90Days())))
                    .toList());
        }

        private static List<StockItem> items(List<com.regimen.core.reports.StockReport.StockItem> items) {
            return items.stream().map(i -> new StockItem(i.sku(), i.name(), i.quantity(), i.cost(),
                    i.uncostedQuantity())).toList();
        }
    }

    public record StockLine(String locationId, String locationName, String currency, List<StockItem> consumed,
                            List<StockItem> expiringIn30Days, List<StockItem> expiringIn60Days,
                            List<StockItem> expiringIn90Days, List<Shortfall> belowPar, StockValue consumedCost,
                            StockValue valueExpiringIn30Days, StockValue valueExpiringIn60Days,
                            StockValue valueExpiringIn90Days) {
    }

    /** Units of one item; {@code cost} covers the units of known cost, null when none has one. */
    public record StockItem(String sku, String name, long quantity, @Schema(nullable = true) Long cost,
                            long uncostedQuantity) {
    }

    /** Units missing to reach an item's par level. */
    public record Shortfall(String sku, String name, long quantity) {
    }

    /** A sum of money over items, and the units left out of it because their cost is not known. */
    public record StockValue(@Schema(nullable = true) Long amount, long uncostedQuantity) {
        static StockValue of(com.regimen.core.reports.StockReport.StockValue value) {
            return new StockValue(value.amount(), value.uncostedQuantity());
        }
    }
}
