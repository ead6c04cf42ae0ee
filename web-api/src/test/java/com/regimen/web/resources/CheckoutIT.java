package com.regimen.web.resources;

import com.fasterxml.jackson.databind.JsonNode;
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
 * Checkout at the desk against the ledger's one invariant: the overcharge the issue found, racing
 * payments, partial and split payments, cash with change, fees charged once, and Stripe's late news.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class CheckoutIT {
    private static final String WEBHOOK_SECRET = "whsec_checkout_secret";
    private static final TestDatabase DB = TestDatabases.create();
    private static final FakeStripe STRIPE = new FakeStripe();
    private static final DropwizardAppExtension<RegimenConfiguration> APP = TestApps.app(DB,
            ConfigOverride.config("stripe.secretKey", "sk_test_fake"),
            ConfigOverride.config("stripe.webhookSecret", WEBHOOK_SECRET),
            ConfigOverride.config("stripe.apiBase", STRIPE.baseUrl()));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACCOUNT = "acct_1CheckoutDesk";

    @AfterAll
    static void stopStripe() {
        STRIPE.close();
    }

    private Api api() {
        return TestApps.api(APP);
    }

    private record Visit(Clinic clinic, String appointment) {
    }

    /** A PRP appointment priced 1,500.00 with a 300.00 deposit, as in the report. */
    private Visit prp(boolean card) {
        Clinic c = Clinics.open(api(), "Asia/Riyadh", 50);
        if (card) {
            StripeConnections.connect(api(), STRIPE, WEBHOOK_SECRET, c.key(),
                    "acct_1Ck" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
        }
        assertThat(api().put("/treatments/prp/settings", c.key(), Map.of("prices", Map.of("session", 150_000)))
                .status()).isEqualTo(200);
        String patient = Clinics.patient(api(), c, Map.of());
        Reply booked = Clinics.book(api(), c, patient, "prp", "2027-01-10T07:00:00Z", Map.of());
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        assertThat(booked.json().get("price").get("amount").asLong()).isEqualTo(150_000);
        return new Visit(c, booked.text("id"));
    }

    private Reply pay(Visit v, Map<String, Object> body) {
        return api().post("/appointments/" + v.appointment() + "/payments", v.clinic().key(), body);
    }

    private JsonNode ledger(Visit v) {
        Reply ledger = api().get("/appointments/" + v.appointment() + "/payments", v.clinic().key());
        assertThat(ledger.status()).as(ledger.toString()).isEqualTo(200);
        return ledger.json();
    }

    private static long money(JsonNode node, String... path) {
        JsonNode n = node;
        for (String p : path) {
            n = n.get(p);
        }
        return n.get("amount").asLong();
    }

    @Test
    void aDepositCannotFollowASettledBalance() {
        Visit v = prp(false);
        Reply balance = pay(v, Map.of("kind", "BALANCE", "method", "CASH"));
        assertThat(balance.status()).as(balance.toString()).isEqualTo(201);
        assertThat(money(balance.json(), "amount")).isEqualTo(150_000);

        Reply deposit = pay(v, Map.of("kind", "DEPOSIT", "method", "CASH"));
        assertThat(deposit.status()).as(deposit.toString()).isEqualTo(409);
        assertThat(deposit.text("code")).isEqualTo("NOTHING_DUE");
        assertThat(deposit.json().get("due").get("total").asLong()).isZero();
        JsonNode ledger = ledger(v);
        assertThat(money(ledger, "paid")).isEqualTo(150_000);
        assertThat(money(ledger, "due", "total")).isZero();
        assertThat(DB.count("SELECT COUNT(*) FROM payments WHERE tenant_id = ?", v.clinic().tenant().tenantId()))
                .isEqualTo(1);
    }

    @Test
    void racingDepositsAndBalancesNeverTakeMoreThanThePrice() throws Exception {
        Visit v = prp(false);
        List<Reply> replies = race(20, i -> pay(v, Map.of("kind", i % 2 == 0 ? "DEPOSIT" : "BALANCE",
                "method", "CASH")));
        long taken = replies.stream().filter(r -> r.status() == 201).mapToLong(r -> money(r.json(), "amount")).sum();
        assertThat(taken).as("every success together").isEqualTo(150_000);
        assertThat(replies).allSatisfy(r -> assertThat(r.status() == 201 || "NOTHING_DUE".equals(r.text("code")))
                .as(r.toString()).isTrue());
        assertThat(replies.stream().filter(r -> r.status() == 201 && "DEPOSIT".equals(r.text("kind"))).count())
                .as("one deposit at most").isLessThanOrEqualTo(1);
        assertThat(DB.count("SELECT COALESCE(SUM(amount), 0) FROM payments WHERE tenant_id = ? AND appointment_id = ?",
                v.clinic().tenant().tenantId(), v.appointment())).isEqualTo(150_000);
    }

    @Test
    void racingCardAttemptsCannotBothBeMadeBeyondWhatIsDue() throws Exception {
        Visit v = prp(true);
        int before = intentsCreated();
        // More than half the price each: any two together would exceed it.
        List<Reply> replies = race(8, i -> pay(v, Map.of("kind", "BALANCE", "method", "CARD", "amount", 75_001 + i)));
        assertThat(replies.stream().filter(r -> r.status() == 201).count()).as(replies.toString()).isEqualTo(1);
        assertThat(replies.stream().filter(r -> r.status() == 409).map(r -> r.text("code")))
                .containsOnly("AMOUNT_EXCEEDS_DUE").hasSize(7);
        assertThat(intentsCreated() - before).as("one PaymentIntent sent to Stripe").isEqualTo(1);
        long made = replies.stream().filter(r -> r.status() == 201).mapToLong(r -> money(r.json(), "amount")).sum();
        JsonNode ledger = ledger(v);
        assertThat(money(ledger, "paid")).as("pending, not yet paid").isZero();
        assertThat(money(ledger, "due", "total")).as("but it counts against what is due").isEqualTo(150_000 - made);
        assertThat(pay(v, Map.of("kind", "BALANCE", "method", "CASH", "amount", 150_000 - made + 1)).text("code"))
                .isEqualTo("AMOUNT_EXCEEDS_DUE");
    }

    @Test
    void theSameCardRequestRacingMakesOnePaymentAndOnePaymentIntent() throws Exception {
        Visit v = prp(true);
        int before = STRIPE.requests().size();
        List<Reply> replies = race(6, i -> pay(v, Map.of("kind", "BALANCE", "method", "CARD")));
        assertThat(replies).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isIn(201, 409));
        assertThat(replies.stream().filter(r -> r.status() == 201).map(r -> r.text("id")).distinct().count())
                .as("every success is the one attempt, retried with its key").isEqualTo(1);
        assertThat(DB.count("SELECT COUNT(*) FROM payments WHERE tenant_id = ?", v.clinic().tenant().tenantId()))
                .isEqualTo(1);
        assertThat(STRIPE.requests().subList(before, STRIPE.requests().size()).stream()
                .filter(r -> r.path().equals("/v1/payment_intents")).map(FakeStripe.Request::idempotencyKey)
                .distinct().count()).as("one idempotency key, so one PaymentIntent").isEqualTo(1);
        assertThat(money(ledger(v), "due", "total")).isZero();
    }

    @Test
    void partialPaymentsTakeAnyAmountUpToWhatIsDueAndTheLedgerSaysWhatIsDueByKind() {
        Visit v = prp(false);
        JsonNode due = ledger(v).get("due");
        assertThat(money(due, "deposit")).isEqualTo(30_000);
        assertThat(money(due, "balance")).isEqualTo(120_000);
        assertThat(money(due, "fees")).isZero();
        assertThat(money(due, "total")).isEqualTo(150_000);

        Reply part = pay(v, Map.of("kind", "DEPOSIT", "method", "CASH", "amount", 10_000));
        assertThat(part.status()).as(part.toString()).isEqualTo(201);
        due = ledger(v).get("due");
        assertThat(money(due, "deposit")).isEqualTo(20_000);
        assertThat(money(due, "total")).isEqualTo(140_000);

        Reply tooMuch = pay(v, Map.of("kind", "DEPOSIT", "method", "CASH", "amount", 20_001));
        assertThat(tooMuch.status()).isEqualTo(409);
        assertThat(tooMuch.text("code")).isEqualTo("AMOUNT_EXCEEDS_DUE");
        assertThat(tooMuch.json().get("due").get("deposit").asLong()).isEqualTo(20_000);
        Reply zero = api().hostile().post("/appointments/" + v.appointment() + "/payments", v.clinic().key(),
                Map.of("kind", "BALANCE", "method", "CASH", "amount", 0));
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.text("code")).isEqualTo("VALIDATION_FAILED");
        assertThat(pay(v, Map.of("kind", "BALANCE", "method", "CASH", "amount", 140_001)).text("code"))
                .isEqualTo("AMOUNT_EXCEEDS_DUE");

        assertThat(pay(v, Map.of("kind", "BALANCE", "method", "CASH", "amount", 40_000)).status()).isEqualTo(201);
        due = ledger(v).get("due");
        assertThat(money(due, "deposit")).as("the balance paid the rest of the deposit").isZero();
        assertThat(money(due, "balance")).isEqualTo(100_000);
        assertThat(pay(v, Map.of("kind", "DEPOSIT", "method", "CASH", "amount", 1)).text("code"))
                .isEqualTo("NOTHING_DUE");
        assertThat(pay(v, Map.of("kind", "BALANCE", "method", "CASH")).json().get("amount").get("amount").asLong())
                .as("without an amount: all that is due").isEqualTo(100_000);
        assertThat(money(ledger(v), "paid")).isEqualTo(150_000);
    }

    @Test
    void cashRecordsWhatWasTenderedAndTheChangeGiven() {
        Visit v = prp(false);
        Reply cash = pay(v, Map.of("kind", "BALANCE", "method", "CASH", "amount", 120_000, "tendered", 200_000));
        assertThat(cash.status()).as(cash.toString()).isEqualTo(201);
        assertThat(money(cash.json(), "tendered")).isEqualTo(200_000);
        assertThat(money(cash.json(), "change")).isEqualTo(80_000);
        JsonNode shown = ledger(v).get("payments").get(0);
        assertThat(money(shown, "tendered")).isEqualTo(200_000);
        assertThat(money(shown, "change")).isEqualTo(80_000);
        assertThat(DB.count("SELECT COUNT(*) FROM payments WHERE tenant_id = ? AND tendered = 200000 "
                + "AND change_given = 80000", v.clinic().tenant().tenantId())).isEqualTo(1);

        Reply short_ = pay(v, Map.of("kind", "BALANCE", "method", "CASH", "amount", 30_000, "tendered", 29_999));
        assertThat(short_.status()).isEqualTo(400);
        assertThat(short_.json().get("errors").get(0).get("field").asText()).isEqualTo("tendered");
        Reply exact = pay(v, Map.of("kind", "BALANCE", "method", "CASH", "tendered", 30_000));
        assertThat(exact.status()).as(exact.toString()).isEqualTo(201);
        assertThat(money(exact.json(), "change")).isZero();
        assertThat(DB.count("SELECT COUNT(*) FROM payments WHERE tenant_id = ?", v.clinic().tenant().tenantId()))
                .as("the refused one wrote nothing").isEqualTo(2);
    }

    @Test
    void tenderedIsForCashOnly() {
        Visit v = prp(true);
        Reply card = pay(v, Map.of("kind", "BALANCE", "method", "CARD", "tendered", 200_000));
        assertThat(card.status()).isEqualTo(400);
        assertThat(card.json().get("errors").get(0).get("field").asText()).isEqualTo("tendered");
        assertThat(DB.count("SELECT COUNT(*) FROM payments WHERE tenant_id = ?", v.clinic().tenant().tenantId()))
                .isZero();
    }

    @Test
    void splitTenderCashThenCardForTheRest() {
        Visit v = prp(true);
        assertThat(pay(v, Map.of("kind", "BALANCE", "method", "CASH", "amount", 50_000, "tendered", 50_000))
                .status()).isEqualTo(201);
        Reply card = pay(v, Map.of("kind", "BALANCE", "method", "CARD"));
        assertThat(card.status()).as(card.toString()).isEqualTo(201);
        assertThat(money(card.json(), "amount")).isEqualTo(100_000);
        FakeStripe.Request sent = lastIntentRequest();
        assertThat(sent.form()).containsEntry("amount", "100000").containsEntry("currency", "sar");
        succeed(v, card.text("stripePaymentIntentId"));
        JsonNode ledger = ledger(v);
        assertThat(money(ledger, "paid")).isEqualTo(150_000);
        assertThat(money(ledger, "due", "total")).isZero();
        assertThat(ledger.get("payments")).extracting(p -> p.get("method").asText()).containsExactly("CASH", "CARD");
    }

    @Test
    void aNoShowFeeIsChargedOnceEvenWhenRacing() throws Exception {
        Visit v = prp(false);
        assertThat(api().post("/appointments/" + v.appointment() + "/no-show", v.clinic().key(), "{}").status())
                .isEqualTo(200);
        JsonNode due = ledger(v).get("due");
        assertThat(money(due, "fees")).isEqualTo(30_000);
        assertThat(money(due, "balance")).isZero();
        List<Reply> replies = race(10, i -> pay(v, Map.of("kind", "NO_SHOW_FEE", "method", "CASH")));
        assertThat(replies.stream().filter(r -> r.status() == 201).count()).isEqualTo(1);
        assertThat(money(ledger(v), "paid")).isEqualTo(30_000);
        assertThat(pay(v, Map.of("kind", "BALANCE", "method", "CASH")).text("code")).isEqualTo("NOTHING_DUE");
    }

    @Test
    void aCardThatSucceedsAfterItFailedAndCashPaidIsReturnedToTheCard() {
        Visit v = prp(true);
        Reply card = pay(v, Map.of("kind", "BALANCE", "method", "CARD"));
        String intent = card.text("stripePaymentIntentId");
        ObjectNode failed = STRIPE.intent(intent);
        failed.put("status", "requires_payment_method");
        assertThat(webhook("payment_intent.payment_failed", failed).text("outcome")).isEqualTo("APPLIED");
        assertThat(pay(v, Map.of("kind", "BALANCE", "method", "CASH")).status()).as("the desk takes cash instead")
                .isEqualTo(201);

        // Stripe's success arrives late (the patient's bank retried): the card's money is over what is owed.
        int before = STRIPE.requests().size();
        succeed(v, intent);
        JsonNode ledger = ledger(v);
        assertThat(money(ledger, "paid")).isEqualTo(300_000);
        assertThat(money(ledger, "refunded")).as("the card's payment goes back at once").isEqualTo(150_000);
        assertThat(ledger.get("refunds").get(0).get("origin").asText()).isEqualTo("OVERPAYMENT");
        FakeStripe.Request refund = STRIPE.requests().get(before);
        assertThat(refund.path()).isEqualTo("/v1/refunds");
        assertThat(refund.form()).containsEntry("payment_intent", intent).containsEntry("amount", "150000");
        assertThat(refund.idempotencyKey()).isEqualTo(ledger.get("refunds").get(0).get("id").asText());
    }

    @Test
    void anotherTenantsAppointmentIs404ForEveryPaymentShape() {
        Visit a = prp(true);
        Visit b = prp(true);
        for (Map<String, Object> body : List.<Map<String, Object>>of(
                Map.of("kind", "BALANCE", "method", "CASH", "amount", 10, "tendered", 20),
                Map.of("kind", "BALANCE", "method", "CARD"),
                Map.of("kind", "NO_SHOW_FEE", "method", "CARD", "cardOnFile", true))) {
            Reply r = api().post("/appointments/" + a.appointment() + "/payments", b.clinic().key(), body);
            assertThat(r.status()).as(r.toString()).isEqualTo(404);
        }
        assertThat(DB.count("SELECT COUNT(*) FROM payments WHERE tenant_id IN (?, ?)", a.clinic().tenant().tenantId(),
                b.clinic().tenant().tenantId())).isZero();
    }

    private int intentsCreated() {
        return (int) STRIPE.requests().stream()
                .filter(r -> r.method().equals("POST") && r.path().equals("/v1/payment_intents")).count();
    }

    private FakeStripe.Request lastIntentRequest() {
        List<FakeStripe.Request> all = STRIPE.requests().stream()
                .filter(r -> r.method().equals("POST") && r.path().equals("/v1/payment_intents")).toList();
        return all.get(all.size() - 1);
    }

    private void succeed(Visit v, String intentId) {
        STRIPE.setIntentStatus(intentId, "succeeded");
        assertThat(webhook("payment_intent.succeeded", STRIPE.intent(intentId)).text("outcome")).isEqualTo("APPLIED");
    }

    private Reply webhook(String type, ObjectNode intent) {
        ObjectNode event = JSON.createObjectNode();
        event.put("id", "evt_" + UUID.randomUUID());
        event.put("object", "event");
        event.put("type", type);
        event.put("api_version", Stripe.API_VERSION);
        event.put("created", TestRegimenApplication.CLOCK.instant().getEpochSecond());
        event.putObject("data").set("object", intent);
        String payload = event.toString();
        String signature = StripeSignatures.header(WEBHOOK_SECRET, payload,
                TestRegimenApplication.CLOCK.instant().getEpochSecond());
        return api().send("POST", "/webhooks/stripe", null, payload, Map.of("Stripe-Signature", signature));
    }

    private interface Attempt {
        Reply run(int i);
    }

    /** Fires {@code n} requests at once, released together, and returns every answer. */
    private static List<Reply> race(int n, Attempt attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Reply>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                Callable<Reply> call = () -> {
                    start.await();
                    return attempt.run(index);
                };
                futures.add(pool.submit(call));
            }
            start.countDown();
            List<Reply> replies = new ArrayList<>();
            for (Future<Reply> f : futures) {
                replies.add(f.get());
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }
}
