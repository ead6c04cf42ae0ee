package com.regimen.core.terminal;

import java.time.Instant;

/** A clinic location's Stripe Terminal Location; {@code stripeLocationId} is null until Stripe has answered. */
public record TerminalLocation(String locationId, String stripeLocationId, String idempotencyKey, Instant createdAt,
                               Instant updatedAt) {
}
