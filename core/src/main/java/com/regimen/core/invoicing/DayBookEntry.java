package com.regimen.core.invoicing;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Money in (a payment) or out (a refund) at a location, on the business day it succeeded. The
 * amount is positive either way; {@code entryType} says which.
 */
public record DayBookEntry(String id, String locationId, LocalDate businessDate, String entryType, String sourceId,
                           String paymentId, String appointmentId, String method, String paymentKind,
                           String currency, long amount, Instant occurredAt) {
    public static final String PAYMENT = "PAYMENT";
    public static final String REFUND = "REFUND";

    /** What it does to the drawer (or the card account): payments add, refunds take away. */
    public long signedAmount() {
        return REFUND.equals(entryType) ? -amount : amount;
    }
}
