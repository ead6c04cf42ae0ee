package com.regimen.core.payments;

/** Who started a refund. */
public enum RefundOrigin {
    /** Returned automatically when an appointment was cancelled or marked a no-show. */
    CANCELLATION_POLICY,
    /** Asked for by staff through the API. */
    STAFF,
    /**
     * Returned automatically because Stripe's news (a late success, a refund that failed) put more on
     * the appointment than it owes.
     */
    OVERPAYMENT,
    /** Made outside Regimen, in Stripe's dashboard, and learnt from Stripe. */
    STRIPE
}
