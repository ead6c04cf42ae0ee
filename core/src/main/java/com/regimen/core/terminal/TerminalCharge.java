package com.regimen.core.terminal;

import java.time.Instant;

/**
 * A card payment handed to a reader. The money is the payment's ({@code paymentId}); this is the
 * reader's side: its live state, why it was declined, and the card it read for the receipt.
 */
public record TerminalCharge(String paymentId, String readerId, String stripePaymentIntentId, ChargeState state,
                             String failureCode, String failureMessage, String cardBrand, String cardLast4,
                             String readMethod, String createdBy, Instant createdAt, Instant updatedAt) {
}
