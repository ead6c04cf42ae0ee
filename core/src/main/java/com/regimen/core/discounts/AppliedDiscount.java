package com.regimen.core.discounts;

import java.time.Instant;

/** A discount taken off one appointment's price, in minor units of its currency, and why. */
public record AppliedDiscount(String id, String appointmentId, String ruleId, long amount, String currency,
                              String reason, String appliedBy, Instant appliedAt) {
}
