package com.regimen.core.terminal;

/**
 * A reader as Stripe describes it now.
 *
 * @param status online or offline (null when Stripe does not know)
 * @param action null when it has no action for a PaymentIntent
 */
public record StripeReader(String id, String label, String deviceType, String serialNumber, String status,
                           ReaderAction action) {
}
