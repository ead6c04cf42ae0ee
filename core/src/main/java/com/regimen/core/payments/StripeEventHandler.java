package com.regimen.core.payments;

import com.stripe.model.Event;
import com.stripe.model.StripeObject;

/**
 * Another part of Regimen's share of Stripe's events. {@link StripeWebhooks} verifies the signature
 * first and asks each handler in turn; the handler applies the event once (stripe_events).
 */
public interface StripeEventHandler {

    /** @return what became of the event, or null when this handler does not act on it */
    StripeWebhooks.Outcome receive(Event event, StripeObject data);
}
