package com.regimen.web.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.regimen.core.testing.TestDatabase;
import com.regimen.core.testing.TestDatabases;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.testing.Clinics.Clinic;
import com.stripe.Stripe;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server with card payments (Stripe being {@link FakeStripe}) that the payment test classes share
 * (PaymentsIT, RefundsIT, StripeWebhooksIT, ReconciliationIT): split by subject, they still migrate
 * one database, one server and one fake Stripe: the server is started by the first class and stopped
 * when the JVM ends ({@link SharedServer#startedOnce}, its settings under a prefix of their own, so they
 * reach no other server); the fake Stripe is closed when the whole run ends. Every test books in a
 * clinic chain of its own.
 */
public final class PaymentsServer implements BeforeAllCallback {
    public static final String WEBHOOK_SECRET = "whsec_test_secret";
    public static final TestDatabase DB = TestDatabases.create();
    public static final FakeStripe STRIPE = new FakeStripe();
    private static final String PREFIX = "dwpayments.";
    public static final DropwizardAppExtension<RegimenConfiguration> APP = SharedServer.startedOnce(DB, PREFIX,
            ConfigOverride.config(PREFIX, "stripe.secretKey", "sk_test_fake"),
            ConfigOverride.config(PREFIX, "stripe.webhookSecret", WEBHOOK_SECRET),
            ConfigOverride.config(PREFIX, "stripe.apiBase", STRIPE.baseUrl()),
            ConfigOverride.config(PREFIX, "stripe.applicationFeePercent", "2"));
    /** One client for the server: its connections are kept alive between requests and classes. */
    private static final Api API = TestApps.api(APP);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void beforeAll(ExtensionContext context) {
        // The root store closes what it holds (FakeStripe is AutoCloseable) once every class has run.
        context.getRoot().getStore(ExtensionContext.Namespace.create(PaymentsServer.class))
                .getOrComputeIfAbsent(FakeStripe.class, key -> STRIPE);
    }

    public static Api api() {
        return API;
    }

    public record Booked(Clinic clinic, String appointment) {
    }

    /** A PRP session booked in a new clinic chain; {@code account}: its Stripe account, or null for none. */
    public static Booked booked(String account) {
        Clinic c = Clinics.open(api(), "Asia/Riyadh", 500);
        if (account != null) {
            StripeConnections.connect(api(), STRIPE, WEBHOOK_SECRET, c.key(), account);
        }
        String patient = Clinics.patient(api(), c, Map.of());
        Reply booked = Clinics.book(api(), c, patient, "prp", "2027-01-10T07:00:00Z", Map.of());
        assertThat(booked.status()).isEqualTo(201);
        return new Booked(c, booked.text("id"));
    }

    public static Reply pay(Booked b, String kind, String method) {
        return api().post("/appointments/" + b.appointment() + "/payments", b.clinic().key(),
                Map.of("kind", kind, "method", method));
    }

    /** A Stripe event about {@code intent}, signed as Stripe signs it. */
    public static Reply webhook(String type, ObjectNode intent, String account, String eventId) {
        ObjectNode event = JSON.createObjectNode();
        event.put("id", eventId);
        event.put("object", "event");
        event.put("type", type);
        event.put("account", account);
        event.put("api_version", Stripe.API_VERSION);
        event.put("created", TestRegimenApplication.CLOCK.instant().getEpochSecond());
        event.putObject("data").set("object", intent);
        String payload = event.toString();
        String signature = StripeSignatures.header(WEBHOOK_SECRET, payload,
                TestRegimenApplication.CLOCK.instant().getEpochSecond());
        return api().send("POST", "/webhooks/stripe", null, payload, Map.of("Stripe-Signature", signature));
    }

    public static JsonNode ledger(Booked b) {
        return api().get("/appointments/" + b.appointment() + "/payments", b.clinic().key()).json();
    }

    /** Stripe.js confirmed the card: Stripe says so and sends its event. */
    public static void succeed(Reply payment, String account) {
        assertThat(payment.status()).as(payment.toString()).isEqualTo(201);
        String intentId = payment.text("stripePaymentIntentId");
        STRIPE.setIntentStatus(intentId, "succeeded");
        assertThat(webhook("payment_intent.succeeded", STRIPE.intent(intentId), account, "evt_" + UUID.randomUUID())
                .text("outcome")).isEqualTo("APPLIED");
    }
}
