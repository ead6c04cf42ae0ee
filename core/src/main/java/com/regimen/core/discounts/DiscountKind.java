package com.regimen.core.discounts;

/** How a discount rule takes money off a price. */
public enum DiscountKind {
    /** A whole percentage of the price, 1 to 100. */
    PERCENT,
    /** A fixed amount in one currency, never more than the price. */
    FIXED
}
