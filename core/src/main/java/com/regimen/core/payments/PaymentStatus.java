package com.regimen.core.payments;

/**
 * A payment's state, mirroring Stripe's PaymentIntent. Webhooks may arrive out of order, so a
 * payment only ever moves forward: a later event never undoes a settled state.
 */
public enum PaymentStatus {
    /** Recorded; the card payment awaits the client's confirmation with the client secret. */
    PENDING(0),
    PROCESSING(1),
    SUCCEEDED(2),
    FAILED(2),
    CANCELED(2);

    private final int rank;

    PaymentStatus(int rank) {
        this.rank = rank;
    }

    public boolean canMoveTo(PaymentStatus next) {
        return next.rank > rank || this == FAILED && next == SUCCEEDED;
    }

    public static PaymentStatus fromStripe(String status) {
        return switch (status) {
            case "succeeded" -> SUCCEEDED;
            case "processing" -> PROCESSING;
            case "canceled" -> CANCELED;
            default -> PENDING; // requires_payment_method, requires_confirmation, requires_action, ...
        };
    }
}
