package com.regimen.core.payments;

import java.time.Instant;

/** Money returned from a payment, in minor units of the payment's currency. The id is also Stripe's idempotency key. */
public record Refund(String id, String paymentId, String appointmentId, long amount, String currency, RefundStatus status,
                     RefundOrigin origin, String stripeRefundId, String requestedBy, String approvedBy,
                     Instant createdAt, Instant updatedAt) {
}
