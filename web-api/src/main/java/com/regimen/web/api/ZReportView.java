package com.regimen.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import com.regimen.core.invoicing.DayBookEntry;
import com.regimen.core.invoicing.DayClose;
import com.regimen.core.invoicing.TaxDocument;
import com.regimen.core.invoicing.ZReport;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A location's business day (the Z report): its entries, documents, net takings, and its close. */
public record ZReportView(String locationId, LocalDate businessDate, String currency, boolean closed,
                          long expectedCash, Map<String, Map<String, Long>> netByMethod, List<Entry> payments,
                          List<Entry> refunds, List<Document> invoices, List<Document> creditNotes, @Schema(nullable = true) Close close) {

    public record Entry(String id, String paymentId, String appointmentId, String method, String kind, Money amount,
                        Instant at) {
        static Entry of(DayBookEntry e) {
            return new Entry(e.sourceId(), e.paymentId(), e.appointmentId(), e.method(), e.paymentKind(),
                    new Money(e.amount(), e.currency()), e.occurredAt());
        }
    }

    public record Document(String id, String number, String sourceId, Money net, Money vat, Money gross) {
        static Document of(TaxDocument d) {
            return new Document(d.id(), d.displayNumber(), d.sourceId(), new Money(d.net(), d.currency()),
                    new Money(d.vat(), d.currency()), new Money(d.gross(), d.currency()));
        }
    }

    /** {@code variance} is counted minus expected: negative when cash is missing. */
    public record Close(String id, long expectedCash, long countedCash, long variance,
                        Map<String, Long> expectedByMethod, String note, String closedBy, Instant closedAt) {
        static Close of(DayClose c) {
            return c == null ? null : new Close(c.id(), c.expectedCash(), c.countedCash(), c.variance(),
                    c.expectedByMethod(), c.note(), c.closedBy(), c.closedAt());
        }
    }

    public static ZReportView of(ZReport r) {
        return new ZReportView(r.locationId(), r.businessDate(), r.currency(), r.close() != null, r.expectedCash(),
                r.netByMethodAndCurrency(),
                r.entries().stream().filter(e -> DayBookEntry.PAYMENT.equals(e.entryType())).map(Entry::of).toList(),
                r.entries().stream().filter(e -> DayBookEntry.REFUND.equals(e.entryType())).map(Entry::of).toList(),
                r.documents().stream().filter(d -> d.originalDocumentId() == null).map(Document::of).toList(),
                r.documents().stream().filter(d -> d.originalDocumentId() != null).map(Document::of).toList(),
                Close.of(r.close()));
    }
}
