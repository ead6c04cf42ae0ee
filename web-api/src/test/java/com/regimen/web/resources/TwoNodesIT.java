package com.regimen.web.resources;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.regimen.core.testing.TestDatabase;
import com.regimen.core.testing.TestDatabases;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.testing.Api;
import com.regimen.web.testing.StripeConnections;
import com.regimen.web.testing.Clinics;
import com.regimen.web.testing.Clinics.Clinic;
import com.regimen.web.testing.FakeStripe;
import com.regimen.web.testing.Reply;
import com.regimen.web.testing.StripeSignatures;
import com.regimen.web.testing.TestApps;
import com.regimen.web.testing.TestRegimenApplication;
import com.regimen.web.testing.Tenants;
import com.stripe.Stripe;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two server nodes on one database, as behind a load balancer: nothing that must be shared lives in
 * a node's memory. Requests are spread over both nodes and the counts in the database decide.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class TwoNodesIT {
    private static final String WEBHOOK_SECRET = "whsec_two_nodes";
    private static final TestDatabase DB = TestDatabases.create();
    private static final FakeStripe STRIPE = new FakeStripe();
    private static final DropwizardAppExtension<RegimenConfiguration> NODE_A = node("dw.");
    private static final DropwizardAppExtension<RegimenConfiguration> NODE_B = node("dwnodeb.");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static DropwizardAppExtension<RegimenConfiguration> node(String prefix) {
        return TestApps.app(DB, prefix, ConfigOverride.config(prefix, "stripe.secretKey", "sk_test_fake"),
                ConfigOverride.config(prefix, "stripe.webhookSecret", WEBHOOK_SECRET),
                ConfigOverride.config(prefix, "stripe.apiBase", STRIPE.baseUrl()));
    }

    @AfterAll
    static void stopStripe() {
        STRIPE.close();
    }

    private static Api a() {
        return TestApps.api(NODE_A);
    }

    private static Api b() {
        return TestApps.api(NODE_B);
    }

    private static Api node(int i) {
        return i % 2 == 0 ? a() : b();
    }

    @Test
    void theTwoNodesAreTwoProcessesOnOneDatabase() {
        assertThat(NODE_A.getLocalPort()).isNotEqualTo(NODE_B.getLocalPort());
        assertThat(a().get("/openapi.json", null).status()).isEqualTo(200);
        assertThat(b().get("/openapi.json", null).status()).isEqualTo(200);
    }

    @Test
    void racingBookingsForOneSlotThroughBothNodesYieldExactlyOne() throws Exception {
        Clinic c = Clinics.open(a(), "Asia/Riyadh", 500);
        List<String> patients = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            patients.add(Clinics.patient(node(i), c, Map.of()));
        }
        List<Callable<Reply>> bookings = new ArrayList<>();
        for (int i = 0; i < patients.size(); i++) {
            Api api = node(i);
            String patient = patients.get(i);
            bookings.add(() -> Clinics.book(api, c, patient, "prp", "2027-03-07T07:00:00Z",
                    Map.of("practitionerId", c.physician())));
        }
        List<Reply> replies = race(bookings);
        assertThat(replies.stream().filter(r -> r.status() == 201)).hasSize(1);
        assertThat(replies.stream().filter(r -> r.status() == 409 && "SLOT_TAKEN".equals(r.text("code"))))
                .hasSize(23);
        assertThat(DB.count("SELECT COUNT(*) FROM appointments WHERE tenant_id = ?", c.tenant().tenantId()))
                .isEqualTo(1);
    }

    @Test
    void anIdempotencyKeyReplayedOnTheOtherNodeGetsTheFirstAnswer() throws Exception {
        Tenants.Tenant tenant = Tenants.signUp(a(), "Glow");
        Map<String, Object> body = Map.of("name", "Huda", "locale", "ar");
        Reply first = a().post("/patients", tenant.apiKey(), body, Map.of("Idempotency-Key", "two-nodes-1"));
        Reply replay = b().post("/patients", tenant.apiKey(), body, Map.of("Idempotency-Key", "two-nodes-1"));
        assertThat(first.status()).isEqualTo(201);
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.text("id")).isEqualTo(first.text("id"));

        List<Callable<Reply>> racing = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            Api api = node(i);
            racing.add(() -> api.post("/patients", tenant.apiKey(), Map.of("name", "Reem"),
                    Map.of("Idempotency-Key", "two-nodes-2")));
        }
        List<Reply> replies = race(racing);
        assertThat(replies).allMatch(r -> r.status() == 201
                || r.status() == 409 && "IDEMPOTENCY_KEY_IN_USE".equals(r.text("code")));
        assertThat(DB.count("SELECT COUNT(*) FROM patients WHERE tenant_id = ?", tenant.tenantId()))
                .as("Huda once, Reem once").isEqualTo(2);
    }

    @Test
    void aStripeEventDeliveredToBothNodesIsAppliedOnce() throws Exception {
        Clinic c = Clinics.open(a(), "Asia/Riyadh", 500);
        StripeConnections.connect(a(), STRIPE, WEBHOOK_SECRET, c.key(), "acct_1TwoNodes");
        String patient = Clinics.patient(a(), c, Map.of());
        String appointment = Clinics.book(a(), c, patient, "prp", "2027-03-08T07:00:00Z", Map.of()).text("id");
        Reply deposit = b().post("/appointments/" + appointment + "/payments", c.key(),
                Map.of("kind", "DEPOSIT", "method", "CARD"));
        assertThat(deposit.status()).as(deposit.toString()).isEqualTo(201);
        ObjectNode intent = STRIPE.intent(deposit.text("stripePaymentIntentId"));
        intent.put("status", "succeeded");
        String payload = event("evt_" + UUID.randomUUID(), intent);
        String signature = StripeSignatures.header(WEBHOOK_SECRET, payload,
                TestRegimenApplication.CLOCK.instant().getEpochSecond());

        List<Callable<Reply>> deliveries = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Api api = node(i);
            deliveries.add(() -> api.send("POST", "/webhooks/stripe", null, payload,
                    Map.of("Stripe-Signature", signature)));
        }
        List<Reply> replies = race(deliveries);
        assertThat(replies).allMatch(r -> r.status() == 200);
        assertThat(replies.stream().filter(r -> "APPLIED".equals(r.text("outcome")))).hasSize(1);
        assertThat(replies.stream().filter(r -> "DUPLICATE".equals(r.text("outcome")))).hasSize(7);
        assertThat(DB.count("SELECT COUNT(*) FROM stripe_events WHERE tenant_id = ? AND type LIKE 'payment_intent.%'",
                c.tenant().tenantId())).isEqualTo(1);
        assertThat(DB.count("SELECT COUNT(*) FROM payments WHERE tenant_id = ? AND status = 'SUCCEEDED'",
                c.tenant().tenantId())).isEqualTo(1);
    }

    @Test
    void aSessionFromOneNodeWorksOnTheOtherAndItsRevocationReachesBoth() {
        Tenants.Tenant tenant = Tenants.signUp(a(), "Glow");
        String token = Tenants.signIn(a(), tenant.tenantId(), tenant.ownerEmail(), Tenants.PASSWORD);
        assertThat(b().get("/users/me", token).status()).isEqualTo(200);
        assertThat(b().delete("/sessions/current", token).status()).isEqualTo(204);
        assertThat(a().get("/users/me", token).status()).isEqualTo(401);
        assertThat(b().get("/users/me", token).status()).isEqualTo(401);
    }

    @Test
    void signInFailuresCountAcrossNodes() {
        Tenants.Tenant tenant = Tenants.signUp(a(), "Glow");
        int attempts = 0;
        Reply last = null;
        while (attempts < 30) {
            last = node(attempts).post("/sessions", null, Map.of("tenantId", tenant.tenantId(),
                    "email", tenant.ownerEmail(), "password", "wrong password " + attempts));
            attempts++;
            if (last.status() == 429) {
                break;
            }
        }
        assertThat(last.status()).as("locked out after failures spread over both nodes").isEqualTo(429);
        Reply other = node(attempts).post("/sessions", null, Map.of("tenantId", tenant.tenantId(),
                "email", tenant.ownerEmail(), "password", Tenants.PASSWORD));
        assertThat(other.status()).as("the other node knows too").isEqualTo(429);
    }

    private static String event(String id, ObjectNode object) {
        ObjectNode event = JSON.createObjectNode();
        event.put("id", id);
        event.put("object", "event");
        event.put("type", "payment_intent.succeeded");
        event.put("account", "acct_1TwoNodes");
        event.put("api_version", Stripe.API_VERSION);
        event.put("created", TestRegimenApplication.CLOCK.instant().getEpochSecond());
        event.putObject("data").set("object", object);
        return event.toString();
    }

    private static List<Reply> race(List<Callable<Reply>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Reply>> futures = new ArrayList<>();
            for (Callable<Reply> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Reply> replies = new ArrayList<>();
            for (Future<Reply> future : futures) {
                replies.add(future.get());
            }
            return replies;
        } finally {
            pool.shutdown();
        }
    }
}
