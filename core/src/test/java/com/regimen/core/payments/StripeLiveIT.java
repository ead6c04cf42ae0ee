package com.regimen.core.payments;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway against Stripe's real test mode. Runs only with STRIPE_TEST_SECRET_KEY set (a test
 * key, sk_test_...), and is reported as skipped otherwise; this workplace has no route to Stripe.
 */
@EnabledIfEnvironmentVariable(named = "STRIPE_TEST_SECRET_KEY", matches = "sk_test_.+")
class StripeLiveIT {
    private final StripeGateway stripe = new StripeJavaGateway(System.getenv("STRIPE_TEST_SECRET_KEY"), null);

    @Test
    void createsAndReadsBackAPaymentIntentIdempotently() {
        String key = UUID.randomUUID().toString();
        StripeGateway.Intent first = stripe.createPaymentIntent(null, 5_000, "USD", 0,
                Map.of("regimen_test", "live"), null, key);
        StripeGateway.Intent again = stripe.createPaymentIntent(null, 5_000, "USD", 0,
                Map.of("regimen_test", "live"), null, key);
        assertThat(first.id()).startsWith("pi_");
        assertThat(again.id()).as("same key, same intent").isEqualTo(first.id());
        assertThat(first.clientSecret()).startsWith(first.id());
        assertThat(stripe.retrievePaymentIntent(null, first.id()).status()).isEqualTo("requires_payment_method");
    }
}
