package com.regimen.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import com.regimen.core.discounts.DiscountKind;
import com.regimen.core.discounts.DiscountRule;

import java.time.Instant;

/** A discount rule: {@code percent} for PERCENT, {@code amount} for FIXED; {@code treatmentId} null for all. */
public record DiscountRuleView(String id, String name, DiscountKind kind, @Schema(nullable = true) Integer percent,
                               @Schema(nullable = true) Money amount,
                               @Schema(nullable = true) String treatmentId, boolean active, Instant createdAt, Instant updatedAt) {
    public static DiscountRuleView of(DiscountRule r) {
        return new DiscountRuleView(r.id(), r.name(), r.kind(), r.percent(),
                r.amount() == null ? null : new Money(r.amount(), r.currency()), r.treatmentId(), r.active(),
                r.createdAt(), r.updatedAt());
    }
}
