package com.regimen.core.payments;

import java.time.Instant;

/**
 * Money taken for an appointment, in minor units of {@code currency}. Cash taken at the desk may
 * record what the patient handed over ({@code tendered}) and the change given back; both null
 * otherwise.
 */
public record Payment(String id, String appointmentId, PaymentKind kind, PaymentMethod method, PaymentStatus status,
                      long amount, String currency, Long tendered, Long changeGiven, long refunded,
                      String stripePaymentIntentId, String stripeIdempotencyKey, String createdBy, Instant createdAt,
                      Instant updatedAt) {

    /** Money this payment holds or is about to: a card attempt counts from the moment its row is written. */
    public boolean holdsMoney() {
        return status == PaymentStatus.SUCCEEDED || status == PaymentStatus.PENDING
                || status == PaymentStatus.PROCESSING;
    }
}
