package com.regimen.core.payments;

import java.time.Instant;

/**
 * The connected account the platform created for a clinic chain. {@code stripeAccountId} is null
 * until Stripe has answered; {@code idempotencyKey} makes a retried creation answer the same account.
 */
public record ConnectAccount(String stripeAccountId, String idempotencyKey, boolean chargesEnabled,
                             boolean detailsSubmitted, Long lastEventCreated, Instant createdAt, Instant updatedAt) {
}
