package com.regimen.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import com.regimen.core.invoicing.TaxDocument;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An invoice or credit note. {@code zatcaQr} is the base64 TLV of a Saudi invoice's QR code (null
 * otherwise); {@code creditsNumber} is the invoice a credit note credits.
 */
public record TaxDocumentView(String id, String type, String number, String locationId, String appointmentId,
                              String paymentId, @Schema(nullable = true) String refundId, @Schema(nullable = true) String originalDocumentId, @Schema(nullable = true) String creditsNumber,
                              LocalDate businessDate, Instant issuedAt, Seller seller, String treatmentId,
                              String paymentKind, Breakdown vat, @Schema(nullable = true) String zatcaQr) {

    public record Seller(String nameAr, String nameEn, String vatNumber, String country) {
    }

    /** Minor units of {@code currency}; net + vat = gross. */
    public record Breakdown(String currency, BigDecimal ratePercent, long net, long vat, long gross) {
    }

    public static TaxDocumentView of(TaxDocument d, String creditsNumber, String zatcaQr) {
        boolean credit = d.originalDocumentId() != null;
        return new TaxDocumentView(d.id(), d.type().name(), d.displayNumber(), d.locationId(), d.appointmentId(),
                d.paymentId(), credit ? d.sourceId() : null, d.originalDocumentId(), creditsNumber, d.businessDate(),
                d.issuedAt(), new Seller(d.sellerNameAr(), d.sellerNameEn(), d.vatNumber(), d.country().name()),
                d.treatmentId(), d.paymentKind(), new Breakdown(d.currency(), BigDecimal.valueOf(d.vatRateBp(), 2),
                        d.net(), d.vat(), d.gross()), zatcaQr);
    }
}
