package com.regimen.core.discounts;

import java.time.Instant;

/**
 * A discount an owner defines: a percentage, or a fixed amount in {@code currency}, off one
 * treatment ({@code treatmentId}) or, when that is null, off all.
 */
public record DiscountRule(String id, String name, DiscountKind kind, Integer percent, Long amount, String currency,
                           String treatmentId, boolean active, String createdBy, Instant createdAt,
                           Instant updatedAt) {

    /** Whether it may be applied to a treatment priced in a currency. */
    public boolean appliesTo(String treatment, String priceCurrency) {
        return active && (treatmentId == null || treatmentId.equals(treatment))
                && (kind == DiscountKind.PERCENT || currency.equals(priceCurrency));
    }

    /** What it takes off a price: a percentage rounds down to the minor unit; never more than the price. */
    public long amountOff(long price) {
        long off = kind == DiscountKind.PERCENT ? Math.multiplyExact(price, (long) percent) / 100 : amount;
        return Math.min(price, off);
    }
}
