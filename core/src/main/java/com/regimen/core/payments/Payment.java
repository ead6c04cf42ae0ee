package com.regimen.core.payments;

import java.time.Instant;

/** Money taken for an appointment, in minor units of {@code currency}. */
public record Payment(String id, String appointmentId, PaymentKind kind, PaymentMethod method, PaymentStatus status,
                      long amount, String currency, long refunded, String stripePaymentIntentId,
                      String stripeIdempotencyKey, String createdBy, Instant createdAt, Instant updatedAt) {
}
