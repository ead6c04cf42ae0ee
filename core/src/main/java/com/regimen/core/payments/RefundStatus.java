package com.regimen.core.payments;

/**
 * A refund's state. PENDING and SUCCEEDED count against the payment (the money is gone or going);
 * AWAITING_APPROVAL holds the amount back from other refunds until a manager decides.
 */
public enum RefundStatus {
    /** Beyond what the cancellation policy returns: waits for a manager. */
    AWAITING_APPROVAL,
    /** Approved; sent to Stripe (or about to be, with its stored key), not yet settled. */
    PENDING,
    SUCCEEDED,
    /** Stripe could not return the money (it can fail even after succeeding). */
    FAILED,
    CANCELED,
    /** A manager said no. */
    DECLINED;

    public boolean counts() {
        return this == PENDING || this == SUCCEEDED;
    }

    public boolean reserves() {
        return counts() || this == AWAITING_APPROVAL;
    }

    /** Forward only, as Stripe moves refunds; a succeeded refund can still fail (e.g. a closed card account). */
    public boolean canMoveTo(RefundStatus next) {
        return switch (this) {
            case AWAITING_APPROVAL -> next == PENDING || next == SUCCEEDED || next == DECLINED;
            case PENDING -> next == SUCCEEDED || next == FAILED || next == CANCELED;
            case SUCCEEDED -> next == FAILED;
            case FAILED, CANCELED, DECLINED -> false;
        };
    }

    public static RefundStatus fromStripe(String status) {
        return switch (status == null ? "" : status) {
            case "succeeded" -> SUCCEEDED;
            case "failed" -> FAILED;
            case "canceled" -> CANCELED;
            default -> PENDING; // pending, requires_action
        };
    }
}
