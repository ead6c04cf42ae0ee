package com.regimen.core.discounts;

/** A discount rule as an owner describes it; {@code treatmentId} null means every treatment. */
public record DiscountRuleForm(String name, DiscountKind kind, Integer percent, Long amount, String currency,
                               String treatmentId, Boolean active) {
}
