package com.regimen.core.payments;

/** Who started a refund. */
public enum RefundOrigin {
    /** Returned automatically when an appointment was cancelled or marked a no-show. */
    CANCELLATION_POLICY,
    /** Asked for by staff through the API. */
    STAFF,
    /** Made outside Regimen, in Stripe's dashboard, and learnt from Stripe. */
    STRIPE
}
