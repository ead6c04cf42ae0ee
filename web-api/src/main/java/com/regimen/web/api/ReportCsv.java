package com.regimen.web.api;

import com.regimen.core.reports.AttendanceReport;
import com.regimen.core.reports.PatientReport;
import com.regimen.core.reports.RevenueReport;
import com.regimen.core.reports.StockReport;
import com.regimen.core.reports.UtilisationReport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The reports as CSV (RFC 4180, with a header row), one row per line of the JSON report. Amounts
 * are minor units, as in the JSON, with the currency in its own column.
 */
public final class ReportCsv {
    private ReportCsv() {
    }

    private interface Rows {
        void print(CSVPrinter printer) throws IOException;
    }

    private static String csv(String[] header, Rows rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(header).get().print(out)) {
            rows.print(printer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static String revenue(RevenueReport report) {
        return csv(new String[]{"periodStart", "groupId", "groupName", "currency", "invoiced", "credited", "gross",
            "vat", "net"}, printer -> {
                for (RevenueReport.RevenueLine l : report.lines()) {
                    printer.printRecord(l.periodStart(), l.groupId(), l.groupName(), l.currency(), l.invoiced(),
                            l.credited(), l.gross(), l.vat(), l.net());
                }
            });
    }

    public static String attendance(AttendanceReport report) {
        return csv(new String[]{"locationId", "locationName", "currency", "appointments", "noShows", "cancellations",
            "lateCancels", "noShowRate", "lateCancelRate", "feesCharged", "feesCollected"}, printer -> {
                for (AttendanceReport.AttendanceLine l : report.lines()) {
                    printer.printRecord(l.locationId(), l.locationName(), l.currency(), l.appointments(), l.noShows(),
                            l.cancellations(), l.lateCancels(), l.noShowRate(), l.lateCancelRate(), l.feesCharged(),
                            l.feesCollected());
                }
            });
    }

    public static String patients(PatientReport r) {
        return csv(new String[]{"from", "to", "patientsSeen", "newPatients", "returningPatients", "coursesStarted",
            "coursesCompleted", "courseCompletionRate"}, printer -> printer.printRecord(r.range().from(),
                r.range().to(), r.patientsSeen(), r.newPatients(), r.returningPatients(), r.coursesStarted(),
                r.coursesCompleted(), r.courseCompletionRate()));
    }

    public static String utilisation(UtilisationReport report) {
        return csv(new String[]{"kind", "id", "name", "locationId", "locationName", "bookedMinutes", "openMinutes",
            "rate"}, printer -> {
                for (UtilisationReport.UtilisationLine l : report.lines()) {
                    printer.printRecord(l.kind(), l.id(), l.name(), l.locationId(), l.locationName(),
                            l.bookedMinutes(), l.openMinutes(), l.rate());
                }
            });
    }

    public static String stock(StockReport report) {
        return csv(new String[]{"locationId", "locationName", "currency", "measure", "sku", "name", "quantity", "cost",
            "uncostedQuantity"}, printer -> {
                for (StockReport.StockLine l : report.lines()) {
                    items(printer, l, "consumed", l.consumed());
                    items(printer, l, "expiringIn30Days", l.expiringIn30Days());
                    items(printer, l, "expiringIn60Days", l.expiringIn60Days());
                    items(printer, l, "expiringIn90Days", l.expiringIn90Days());
                    for (StockReport.Shortfall s : l.belowPar()) {
                        printer.printRecord(l.locationId(), l.locationName(), l.currency(), "belowPar", s.sku(),
                                s.name(), s.quantity(), null, null);
                    }
                }
            });
    }

    /** An unknown cost is an empty cell, never 0. */
    private static void items(CSVPrinter printer, StockReport.StockLine line, String measure,
                              List<StockReport.StockItem> items) throws IOException {
        for (StockReport.StockItem item : items) {
            printer.printRecord(line.locationId(), line.locationName(), line.currency(), measure, item.sku(),
                    item.name(), item.quantity(), item.cost(), item.uncostedQuantity());
        }
    }
}
