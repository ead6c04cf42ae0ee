package com.regimen.web.api;

import com.regimen.core.discounts.DiscountKind;
import com.regimen.core.discounts.DiscountRule;

import java.time.Instant;

/** A discount rule: {@code percent} for PERCENT, {@code amount} for FIXED; {@code treatmentId} null for all. */
public record DiscountRuleView(String id, String name, DiscountKind kind, Integer percent, Money amount,
                               String treatmentId, boolean active, Instant createdAt, Instant updatedAt) {
    public static DiscountRuleView of(DiscountRule r) {
        return new DiscountRuleView(r.id(), r.name(), r.kind(), r.percent(),
                r.amount() == null ? null : new Money(r.amount(), r.currency()), r.treatmentId(), r.active(),
                r.createdAt(), r.updatedAt());
    }
}
