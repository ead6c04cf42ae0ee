package com.regimen.core.terminal;

/**
 * What a reader is doing or last did for a PaymentIntent, as Stripe reports it.
 *
 * @param status in_progress, succeeded or failed
 */
public record ReaderAction(String paymentIntentId, String status, String failureCode, String failureMessage) {
    public boolean inProgress() {
        return "in_progress".equals(status);
    }

    public boolean succeeded() {
        return "succeeded".equals(status);
    }

    public boolean failed() {
        return "failed".equals(status);
    }
}
