package com.regimen.core.terminal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What Regimen asks of Stripe Terminal (the server-driven integration). Every call names the
 * clinic chain's connected account, sent as Stripe-Account.
 */
public interface TerminalGateway {

    String createLocation(String account, String displayName, TerminalAddress address, String idempotencyKey);

    /** Registers a reader by the code it shows; Stripe answers 400 for a code it does not know. */
    StripeReader registerReader(String account, String registrationCode, String label, String stripeLocationId,
                                Map<String, String> metadata, String idempotencyKey);

    List<StripeReader> listReaders(String account, String stripeLocationId);

    StripeReader retrieveReader(String account, String readerId);

    StripeReader relabel(String account, String readerId, String label);

    /** Hands a PaymentIntent to the reader, which asks the patient for a card. */
    StripeReader processPaymentIntent(String account, String readerId, String paymentIntentId, String idempotencyKey);

    StripeReader cancelAction(String account, String readerId);

    /** The card the reader read for this intent's charge; empty before a charge exists. */
    Optional<CardRead> cardRead(String account, String paymentIntentId);
}
