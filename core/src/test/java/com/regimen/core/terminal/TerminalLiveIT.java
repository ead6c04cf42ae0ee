package com.regimen.core.terminal;

import com.regimen.core.payments.StripeGateway;
import com.regimen.core.payments.StripeJavaGateway;
import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.param.terminal.ReaderPresentPaymentMethodParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Terminal gateway end to end against Stripe's test mode, with Stripe's simulated reader and its
 * test helper ({@code present_payment_method}). Runs only with STRIPE_TEST_SECRET_KEY set (a test key,
 * sk_test_...), on the platform's own account, and is reported as skipped otherwise: this workplace
 * has no route to Stripe.
 */
@EnabledIfEnvironmentVariable(named = "STRIPE_TEST_SECRET_KEY", matches = "sk_test_.+")
class TerminalLiveIT {
    private final StripeClient client = StripeJavaGateway.client(System.getenv("STRIPE_TEST_SECRET_KEY"), null);
    private final TerminalGateway terminal = new StripeJavaTerminal(client);
    private final StripeGateway stripe = new StripeJavaGateway(System.getenv("STRIPE_TEST_SECRET_KEY"), null);

    @Test
    void aSimulatedReaderTakesATapAndTheReceiptReadsTheCard() throws StripeException {
        String location = terminal.createLocation(null, "Regimen live test",
                new TerminalAddress("1 Market Street", "San Francisco", "94105", "US"), UUID.randomUUID().toString());
        StripeReader reader = terminal.registerReader(null, "simulated-wpe", "Live test reader", location,
                Map.of("regimen_test", "live"), UUID.randomUUID().toString());
        assertThat(reader.deviceType()).startsWith("simulated");

        StripeGateway.Intent intent = stripe.createCardPresentIntent(null, 1_500, "USD", 0,
                Map.of("regimen_test", "live"), UUID.randomUUID().toString());
        StripeReader busy = terminal.processPaymentIntent(null, reader.id(), intent.id(), UUID.randomUUID().toString());
        assertThat(busy.action().paymentIntentId()).isEqualTo(intent.id());
        client.v1().testHelpers().terminal().readers().presentPaymentMethod(reader.id(),
                ReaderPresentPaymentMethodParams.builder().build());

        assertThat(terminal.retrieveReader(null, reader.id()).action().status()).isEqualTo("succeeded");
        assertThat(stripe.retrievePaymentIntent(null, intent.id()).status()).isEqualTo("succeeded");
        CardRead card = terminal.cardRead(null, intent.id()).orElseThrow();
        assertThat(card.last4()).hasSize(4);
        assertThat(card.brand()).isNotBlank();
        assertThat(card.readMethod()).isNotBlank();
    }
}
