package com.regimen.core.invoicing;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A tax invoice (for a payment received) or a credit note (for a refund), as issued: the seller's
 * details and the rate are those in force when it was issued. {@code sourceId} is the payment or
 * the refund; a credit note names the invoice it credits.
 */
public record TaxDocument(String id, TaxDocumentType type, String locationId, String series, long number,
                          String sourceId, String paymentId, String appointmentId, String treatmentId,
                          String paymentKind, String originalDocumentId, LocalDate businessDate, Instant issuedAt,
                          TaxCountry country, String sellerNameAr, String sellerNameEn, String vatNumber,
                          String currency, int vatRateBp, long net, long vat, long gross) {

    /** The number as printed, e.g. INV-000042: unique within the location. */
    public String displayNumber() {
        return series + "-" + String.format("%06d", number);
    }

    public VatBreakdown breakdown() {
        return new VatBreakdown(net, vat, gross, vatRateBp);
    }
}
