package com.regimen.core.payments;

/**
 * What Regimen asks of Stripe. Every call names the tenant's connected account (sent as
 * Stripe-Account) and an idempotency key that the caller stored before the first attempt.
 */
public interface StripeGateway {

    record Intent(String id, String status, String clientSecret) {
    }

    /** @param regimenRefundId our refund's id from the metadata we sent; null for a refund made in Stripe */
    record RefundResult(String id, String status, long amount, String regimenRefundId) {
    }

    /** A saved card to charge without the patient present ({@code off_session}). */
    record CardOnFile(String customerId, String paymentMethodId) {
    }

    /** @param cardOnFile null for a payment the client confirms with the client secret */
    Intent createPaymentIntent(String account, long amount, String currency, long applicationFee,
                               java.util.Map<String, String> metadata, CardOnFile cardOnFile, String idempotencyKey);

    /**
     * A PaymentIntent for a card presented on a Terminal reader ({@code card_present}), captured
     * automatically once the reader has read the card.
     */
    Intent createCardPresentIntent(String account, long amount, String currency, long applicationFee,
                                   java.util.Map<String, String> metadata, String idempotencyKey);

    /** Cancels an intent no card will pay any more (a cancelled or declined reader action). */
    Intent cancelPaymentIntent(String account, String intentId);

    String createCustomer(String account, java.util.Map<String, String> metadata, String idempotencyKey);

    Intent createSetupIntent(String account, String customerId, java.util.Map<String, String> metadata,
                             String idempotencyKey);

    Intent retrievePaymentIntent(String account, String intentId);

    RefundResult refund(String account, String intentId, long amount, java.util.Map<String, String> metadata,
                        String idempotencyKey);

    /** Every refund of a PaymentIntent, as Stripe sees them now. */
    java.util.List<RefundResult> listRefunds(String account, String intentId);
}
