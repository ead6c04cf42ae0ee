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
import com.codahale.metrics.MetricRegistry;
import com.regimen.web.commands.ReconcilePaymentsCommand;
import com.stripe.Stripe;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(DropwizardExtensionsSupport.class)
class PaymentsIT {
    private static final String WEBHOOK_SECRET = "whsec_test_secret";
    private static final TestDatabase DB = TestDatabases.create();
    private static final FakeStripe STRIPE = new FakeStripe();
    private static final DropwizardAppExtension<RegimenConfiguration> APP = TestApps.app(DB,
            ConfigOverride.config("stripe.secretKey", "sk_test_fake"),
            ConfigOverride.config("stripe.webhookSecret", WEBHOOK_SECRET),
            ConfigOverride.config("stripe.apiBase", STRIPE.baseUrl()),
            ConfigOverride.config("stripe.applicationFeePercent", "2"));
    private static final ObjectMapper JSON = new ObjectMapper();

    @AfterAll
    static void stopStripe() {
        STRIPE.close();
    }

    private Api api() {
        return TestApps.api(APP);
    }

    private record Booked(Clinic clinic, String appointment) {
    }

    private Booked booked(String account) {
        Clinic c = Clinics.open(api(), "Asia/Riyadh", 500);
        if (account != null) {
            StripeConnections.connect(api(), STRIPE, WEBHOOK_SECRET, c.key(), account);
        }
        String patient = Clinics.patient(api(), c, Map.of());
        Reply booked = Clinics.book(api(), c, patient, "prp", "2027-01-10T07:00:00Z", Map.of());
        assertThat(booked.status()).isEqualTo(201);
        return new Booked(c, booked.text("id"));
    }

    private Reply pay(Booked b, String kind, String method) {
        return api().post("/appointments/" + b.appointment() + "/payments", b.clinic().key(),
                Map.of("kind", kind, "method", method));
    }

    private Reply webhook(String type, ObjectNode intent, String account, String eventId) {
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

    @Test
    void cashDepositAtBookingAndBalanceAtCheckOut() {
        Booked b = booked(null);
        Reply deposit = pay(b, "DEPOSIT", "CASH");
        assertThat(deposit.status()).as(deposit.toString()).isEqualTo(201);
        assertThat(deposit.text("status")).isEqualTo("SUCCEEDED");
        assertThat(deposit.json().get("amount").get("amount").asLong()).isEqualTo(20_000); // 20% of 1,000.00
        assertThat(pay(b, "DEPOSIT", "CASH").text("code")).isEqualTo("NOTHING_DUE");

        Reply balance = pay(b, "BALANCE", "CASH");
        assertThat(balance.json().get("amount").get("amount").asLong()).isEqualTo(80_000);
        JsonNode ledger = api().get("/appointments/" + b.appointment() + "/payments", b.clinic().key()).json();
        assertThat(ledger.get("paid").get("amount").asLong()).isEqualTo(100_000);
        assertThat(ledger.get("balanceOutstanding").get("amount").asLong()).isZero();
        assertThat(ledger.get("payments")).hasSize(2);
        assertThat(ledger.get("price").get("currency").asText()).isEqualTo("SAR");
    }

    @Test
    void aCardDepositIsAPaymentIntentOnTheClinicsConnectedAccountConfirmedByWebhook() {
        Booked b = booked("acct_1GlowClinicA");
        int before = STRIPE.requests().size();
        Reply deposit = pay(b, "DEPOSIT", "CARD");
        assertThat(deposit.status()).as(deposit.toString()).isEqualTo(201);
        assertThat(deposit.text("status")).isEqualTo("PENDING");
        assertThat(deposit.text("clientSecret")).endsWith("_secret_abc");
        String intentId = deposit.text("stripePaymentIntentId");

        FakeStripe.Request sent = STRIPE.requests().get(before);
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.path()).isEqualTo("/v1/payment_intents");
        assertThat(sent.stripeAccount()).isEqualTo("acct_1GlowClinicA");
        assertThat(sent.idempotencyKey()).isNotBlank();
        assertThat(sent.form()).containsEntry("amount", "20000").containsEntry("currency", "sar")
                .containsEntry("application_fee_amount", "400")
                .containsEntry("metadata[regimen_tenant]", b.clinic().tenant().tenantId())
                .containsEntry("metadata[regimen_appointment]", b.appointment());
        assertThat(DB.count("SELECT COUNT(*) FROM payments WHERE tenant_id = ? AND stripe_idempotency_key = ?",
                b.clinic().tenant().tenantId(), sent.idempotencyKey())).as("the key was stored").isEqualTo(1);

        ObjectNode intent = STRIPE.intent(intentId);
        intent.put("status", "succeeded");
        Reply applied = webhook("payment_intent.succeeded", intent, "acct_1GlowClinicA", "evt_" + UUID.randomUUID());
        assertThat(applied.status()).isEqualTo(200);
        assertThat(applied.text("outcome")).isEqualTo("APPLIED");
        JsonNode ledger = api().get("/appointments/" + b.appointment() + "/payments", b.clinic().key()).json();
        assertThat(ledger.get("payments").get(0).get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(ledger.get("paid").get("amount").asLong()).isEqualTo(20_000);
    }

    @Test
    void reconciliationRepairsAPaymentWhoseWebhookNeverCame() {
        Booked b = booked("acct_1GlowClinicE");
        Reply deposit = pay(b, "DEPOSIT", "CARD");
        STRIPE.setIntentStatus(deposit.text("stripePaymentIntentId"), "succeeded");
        Reply repaired = api().post("/payments/" + deposit.text("id") + "/reconcile", b.clinic().key(), "{}");
        assertThat(repaired.status()).as(repaired.toString()).isEqualTo(200);
        assertThat(repaired.text("status")).isEqualTo("SUCCEEDED");
        FakeStripe.Request read = STRIPE.requests().get(STRIPE.requests().size() - 1);
        assertThat(read.method()).isEqualTo("GET");
        assertThat(read.stripeAccount()).isEqualTo("acct_1GlowClinicE");
    }

    @Test
    void webhooksAreVerifiedAppliedOnceAndNeverMoveAPaymentBackwards() {
        Booked b = booked("acct_1GlowClinicB");
        String intentId = pay(b, "DEPOSIT", "CARD").text("stripePaymentIntentId");
        ObjectNode succeeded = STRIPE.intent(intentId);
        succeeded.put("status", "succeeded");
        String eventId = "evt_" + UUID.randomUUID();

        assertThat(webhook("payment_intent.succeeded", succeeded, "acct_1GlowClinicB", eventId).text("outcome"))
                .isEqualTo("APPLIED");
        assertThat(webhook("payment_intent.succeeded", succeeded, "acct_1GlowClinicB", eventId).text("outcome"))
                .as("Stripe's retry of the same event").isEqualTo("DUPLICATE");
        ObjectNode failed = STRIPE.intent(intentId);
        failed.put("status", "requires_payment_method");
        assertThat(webhook("payment_intent.payment_failed", failed, "acct_1GlowClinicB", "evt_" + UUID.randomUUID())
                .status()).isEqualTo(200);
        assertThat(api().get("/appointments/" + b.appointment() + "/payments", b.clinic().key()).json()
                .get("payments").get(0).get("status").asText()).as("a late failure does not undo success")
                .isEqualTo("SUCCEEDED");
        assertThat(DB.count("SELECT COUNT(*) FROM stripe_events WHERE tenant_id = ? AND type LIKE 'payment_intent.%'",
                b.clinic().tenant().tenantId())).isEqualTo(2);

        Reply forged = webhook("payment_intent.succeeded", succeeded, "acct_1SomeoneElse", "evt_" + UUID.randomUUID());
        assertThat(forged.text("outcome")).as("another account cannot speak for this tenant").isEqualTo("IGNORED");
        Reply badSignature = api().send("POST", "/webhooks/stripe", null, "{\"id\":\"evt_1\"}",
                Map.of("Stripe-Signature", "t=1,v1=deadbeef"));
        assertThat(badSignature.status()).isEqualTo(400);
        assertThat(badSignature.text("code")).isEqualTo("INVALID_SIGNATURE");
        long stale = TestRegimenApplication.CLOCK.instant().getEpochSecond() - 3600;
        String payload = "{\"id\":\"evt_old\",\"object\":\"event\",\"type\":\"payment_intent.succeeded\"}";
        assertThat(api().send("POST", "/webhooks/stripe", null, payload,
                Map.of("Stripe-Signature", StripeSignatures.header(WEBHOOK_SECRET, payload, stale))).status())
                .as("an old, replayed signature").isEqualTo(400);
        assertThat(webhook("customer.created", succeeded, "acct_1GlowClinicB", "evt_" + UUID.randomUUID())
                .text("outcome")).isEqualTo("IGNORED");
    }

    @Test
    void stripeServerErrorsAreRetriedWithTheSameKeyAndChargeOnce() {
        Booked b = booked("acct_1GlowClinicC");
        int before = STRIPE.requests().size();
        STRIPE.failNext(2);
        Reply deposit = pay(b, "DEPOSIT", "CARD");
        assertThat(deposit.status()).as(deposit.toString()).isEqualTo(201);
        List<FakeStripe.Request> attempts = STRIPE.requests().subList(before, STRIPE.requests().size());
        assertThat(attempts).hasSize(3);
        assertThat(attempts).extracting(FakeStripe.Request::idempotencyKey).containsOnly(attempts.get(0).idempotencyKey());

        // Stripe down for longer: our 503; the retry of our request reuses the stored payment and key.
        Booked other = booked("acct_1GlowClinicC2");
        STRIPE.failNext(3);
        Reply down = pay(other, "DEPOSIT", "CARD");
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.text("code")).isEqualTo("PAYMENT_PROVIDER_UNAVAILABLE");
        String storedKey = STRIPE.requests().get(STRIPE.requests().size() - 1).idempotencyKey();
        Reply retried = pay(other, "DEPOSIT", "CARD");
        assertThat(retried.status()).isEqualTo(201);
        assertThat(STRIPE.requests().get(STRIPE.requests().size() - 1).idempotencyKey()).isEqualTo(storedKey);
        assertThat(DB.count("SELECT COUNT(*) FROM payments WHERE tenant_id = ? AND appointment_id = ?",
                other.clinic().tenant().tenantId(), other.appointment())).isEqualTo(1);
    }

    @Test
    void refundsNeverExceedWhatWasPaidAndCardRefundsGoToStripe() {
        Booked b = booked("acct_1GlowClinicD");
        String cash = pay(b, "DEPOSIT", "CASH").text("id");
        Reply partial = api().post("/payments/" + cash + "/refunds", b.clinic().key(), Map.of("amount", 5_000));
        assertThat(partial.status()).as(partial.toString()).isEqualTo(201);
        assertThat(partial.text("status")).as("cash, by an owner").isEqualTo("SUCCEEDED");
        assertThat(partial.json().get("amount").get("amount").asLong()).isEqualTo(5_000);
        Reply tooMuch = api().post("/payments/" + cash + "/refunds", b.clinic().key(), Map.of("amount", 15_001));
        assertThat(tooMuch.status()).isEqualTo(400);
        assertThat(tooMuch.json().get("errors").get(0).get("field").asText()).isEqualTo("amount");
        assertThat(api().post("/payments/" + cash + "/refunds", b.clinic().key(), "{}").json().get("amount")
                .get("amount").asLong()).as("the rest").isEqualTo(15_000);
        assertThat(api().post("/payments/" + cash + "/refunds", b.clinic().key(), "{}").text("code"))
                .isEqualTo("NOT_REFUNDABLE");
        assertThat(ledger(b).get("refunded").get("amount").asLong()).isEqualTo(20_000);

        Reply card = pay(b, "BALANCE", "CARD");
        succeed(card, "acct_1GlowClinicD");
        int before = STRIPE.requests().size();
        Reply refunded = api().post("/payments/" + card.text("id") + "/refunds", b.clinic().key(),
                Map.of("amount", 30_000));
        assertThat(refunded.status()).as(refunded.toString()).isEqualTo(201);
        assertThat(refunded.text("status")).isEqualTo("SUCCEEDED");
        assertThat(refunded.text("stripeRefundId")).startsWith("re_test");
        FakeStripe.Request sent = STRIPE.requests().get(before);
        assertThat(sent.path()).isEqualTo("/v1/refunds");
        assertThat(sent.stripeAccount()).isEqualTo("acct_1GlowClinicD");
        assertThat(sent.idempotencyKey()).as("the refund's own id, stored first").isEqualTo(refunded.text("id"));
        assertThat(sent.form()).containsEntry("payment_intent", card.text("stripePaymentIntentId"))
                .containsEntry("amount", "30000").containsEntry("metadata[regimen_refund]", refunded.text("id"));

        STRIPE.refuseNextRefund();
        Reply refused = api().post("/payments/" + card.text("id") + "/refunds", b.clinic().key(),
                Map.of("amount", 1_000));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("code")).isEqualTo("PAYMENT_REFUSED");
        JsonNode ledger = ledger(b);
        assertThat(ledger.get("refunded").get("amount").asLong()).as("a refused refund returns nothing")
                .isEqualTo(50_000);
        assertThat(ledger.get("refunds")).extracting(r -> r.get("status").asText())
                .containsExactly("SUCCEEDED", "SUCCEEDED", "SUCCEEDED", "FAILED");
    }

    @Test
    void cancellingEarlyRefundsTheCardDepositAtOnce() {
        Booked b = booked("acct_1GlowClinicG");
        Reply deposit = pay(b, "DEPOSIT", "CARD");
        succeed(deposit, "acct_1GlowClinicG");
        int before = STRIPE.requests().size();
        Reply cancelled = api().post("/appointments/" + b.appointment() + "/cancel", b.clinic().key(),
                Map.of("reason", "moved away"));
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.json().get("cancellationFee").get("amount").asLong()).isZero();

        FakeStripe.Request sent = STRIPE.requests().get(before);
        assertThat(sent.path()).isEqualTo("/v1/refunds");
        assertThat(sent.stripeAccount()).isEqualTo("acct_1GlowClinicG");
        assertThat(sent.form()).containsEntry("amount", "20000")
                .containsEntry("payment_intent", deposit.text("stripePaymentIntentId"));
        JsonNode ledger = ledger(b);
        assertThat(ledger.get("refunded").get("amount").asLong()).isEqualTo(20_000);
        assertThat(ledger.get("refundDue").get("amount").asLong()).isZero();
        assertThat(ledger.get("balanceOutstanding").get("amount").asLong()).isZero();
        JsonNode refund = ledger.get("refunds").get(0);
        assertThat(refund.get("origin").asText()).isEqualTo("CANCELLATION_POLICY");
        assertThat(refund.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(sent.idempotencyKey()).isEqualTo(refund.get("id").asText());
    }

    @Test
    void aNoShowKeepsTheFeeRefundsTheRestAndAManagerApprovesAnythingMore() {
        Booked b = booked("acct_1GlowClinicH");
        succeed(pay(b, "DEPOSIT", "CARD"), "acct_1GlowClinicH");
        Reply deposit = api().get("/appointments/" + b.appointment() + "/payments", b.clinic().key());
        String depositId = deposit.json().get("payments").get(0).get("id").asText();
        succeed(pay(b, "BALANCE", "CARD"), "acct_1GlowClinicH");
        assertThat(ledger(b).get("paid").get("amount").asLong()).isEqualTo(100_000);

        api().post("/appointments/" + b.appointment() + "/no-show", b.clinic().key(), "{}");
        JsonNode ledger = ledger(b);
        assertThat(ledger.get("refunded").get("amount").asLong()).as("all but the no-show fee, at once")
                .isEqualTo(80_000);
        assertThat(ledger.get("refundDue").get("amount").asLong()).isZero();

        var frontDesk = com.regimen.web.testing.Tenants.staff(api(), b.clinic().tenant(), "FRONT_DESK");
        var manager = com.regimen.web.testing.Tenants.staff(api(), b.clinic().tenant(), "MANAGER");
        int before = STRIPE.requests().size();
        Reply waiver = api().post("/payments/" + depositId + "/refunds", frontDesk.token(), "{}");
        assertThat(waiver.status()).as(waiver.toString()).isEqualTo(201);
        assertThat(waiver.text("status")).as("waiving the fee is a manager's call").isEqualTo("AWAITING_APPROVAL");
        assertThat(STRIPE.requests()).as("nothing sent yet").hasSize(before);
        assertThat(ledger(b).get("refunded").get("amount").asLong()).isEqualTo(80_000);
        assertThat(api().post("/payments/" + depositId + "/refunds", frontDesk.token(), Map.of("amount", 1))
                .text("code")).as("the fee is held for the request").isEqualTo("NOT_REFUNDABLE");

        assertThat(api().get("/refunds", manager.token()).json().get("data")).extracting(r -> r.get("id").asText())
                .containsExactly(waiver.text("id"));
        assertThat(api().post("/refunds/" + waiver.text("id") + "/approve", frontDesk.token(), "{}").status())
                .isEqualTo(403);
        Reply approved = api().post("/refunds/" + waiver.text("id") + "/approve", manager.token(), "{}");
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.text("status")).isEqualTo("SUCCEEDED");
        assertThat(approved.text("approvedBy")).isEqualTo(manager.userId());
        assertThat(STRIPE.requests().get(before).form()).containsEntry("amount", "20000");
        assertThat(ledger(b).get("refunded").get("amount").asLong()).isEqualTo(100_000);
        assertThat(api().post("/refunds/" + waiver.text("id") + "/approve", manager.token(), "{}").text("code"))
                .isEqualTo("NOT_AWAITING_APPROVAL");
        assertThat(api().get("/refunds", manager.token()).json().get("data")).isEmpty();
    }

    @Test
    void aDeclinedRefundReturnsNothing() {
        Booked b = booked(null);
        String cash = pay(b, "DEPOSIT", "CASH").text("id");
        var frontDesk = com.regimen.web.testing.Tenants.staff(api(), b.clinic().tenant(), "FRONT_DESK");
        Reply asked = api().post("/payments/" + cash + "/refunds", frontDesk.token(), Map.of("amount", 2_000));
        assertThat(asked.text("status")).as("the appointment still goes ahead").isEqualTo("AWAITING_APPROVAL");
        Reply declined = api().post("/refunds/" + asked.text("id") + "/decline", b.clinic().key(), "{}");
        assertThat(declined.text("status")).isEqualTo("DECLINED");
        assertThat(ledger(b).get("refunded").get("amount").asLong()).isZero();
        assertThat(api().post("/refunds/" + asked.text("id") + "/approve", b.clinic().key(), "{}").status())
                .isEqualTo(409);
        assertThat(api().get("/refunds?status=NOPE", b.clinic().key()).status()).isEqualTo(400);
        assertThat(api().get("/refunds?status=DECLINED", b.clinic().key()).json().get("data")).hasSize(1);
    }

    @Test
    void refundsMadeInStripesDashboardAndRefundsThatFailLaterReachTheLedger() {
        Booked b = booked("acct_1GlowClinicI");
        Reply deposit = pay(b, "DEPOSIT", "CARD");
        succeed(deposit, "acct_1GlowClinicI");
        String intentId = deposit.text("stripePaymentIntentId");
        String dashboard = STRIPE.dashboardRefund(intentId, 5_000);

        String eventId = "evt_" + UUID.randomUUID();
        assertThat(webhook("charge.refunded", STRIPE.charge(intentId), "acct_1GlowClinicI", eventId).text("outcome"))
                .isEqualTo("APPLIED");
        assertThat(webhook("charge.refunded", STRIPE.charge(intentId), "acct_1GlowClinicI", eventId).text("outcome"))
                .isEqualTo("DUPLICATE");
        JsonNode ledger = ledger(b);
        assertThat(ledger.get("refunded").get("amount").asLong()).isEqualTo(5_000);
        assertThat(ledger.get("refunds").get(0).get("origin").asText()).isEqualTo("STRIPE");
        assertThat(ledger.get("refunds").get(0).get("stripeRefundId").asText()).isEqualTo(dashboard);
        FakeStripe.Request read = STRIPE.requests().get(STRIPE.requests().size() - 1);
        assertThat(read.method()).isEqualTo("GET");
        assertThat(read.path()).isEqualTo("/v1/refunds");
        assertThat(read.form()).containsEntry("payment_intent", intentId);
        assertThat(read.stripeAccount()).isEqualTo("acct_1GlowClinicI");

        // The refund fails days later; its events arrive out of order: the older one last.
        STRIPE.setRefundStatus(dashboard, "failed");
        ObjectNode failed = STRIPE.refund(dashboard);
        ObjectNode older = STRIPE.refund(dashboard);
        older.put("status", "pending");
        assertThat(webhook("refund.failed", failed, "acct_1GlowClinicI", "evt_" + UUID.randomUUID()).text("outcome"))
                .isEqualTo("APPLIED");
        assertThat(webhook("refund.updated", older, "acct_1GlowClinicI", "evt_" + UUID.randomUUID()).text("outcome"))
                .isEqualTo("APPLIED");
        ledger = ledger(b);
        assertThat(ledger.get("refunded").get("amount").asLong()).as("a failed refund returned nothing").isZero();
        assertThat(ledger.get("refunds")).hasSize(1);
        assertThat(ledger.get("refunds").get(0).get("status").asText()).isEqualTo("FAILED");

        assertThat(webhook("charge.refunded", STRIPE.charge(intentId), "acct_1Unknown", "evt_" + UUID.randomUUID())
                .text("outcome")).as("an account no tenant connected").isEqualTo("IGNORED");
    }

    @Test
    void aRefundStripeCannotTakeNowIsSentAgainWithTheSameKeyByTheReconciliationCommand() throws Exception {
        Booked b = booked("acct_1GlowClinicJ");
        Reply deposit = pay(b, "DEPOSIT", "CARD");
        succeed(deposit, "acct_1GlowClinicJ");
        int before = STRIPE.requests().size();
        STRIPE.failNext(3);
        Reply refund = api().post("/payments/" + deposit.text("id") + "/refunds", b.clinic().key(), "{}");
        assertThat(refund.status()).as(refund.toString()).isEqualTo(201);
        assertThat(refund.text("status")).as("recorded, not yet sent").isEqualTo("PENDING");
        assertThat(refund.json().get("stripeRefundId").isNull()).isTrue();
        assertThat(ledger(b).get("refunded").get("amount").asLong()).as("counted while pending").isEqualTo(20_000);
        String key = STRIPE.requests().get(before).idempotencyKey();
        assertThat(key).isEqualTo(refund.text("id"));

        String summary = ReconcilePaymentsCommand.reconcileAll(APP.getConfiguration(), new MetricRegistry());
        assertThat(summary).contains("1 refunds sent again");
        List<FakeStripe.Request> creates = STRIPE.requests().stream()
                .filter(r -> r.method().equals("POST") && r.path().equals("/v1/refunds")).toList();
        assertThat(creates.subList(creates.size() - 4, creates.size())).extracting(FakeStripe.Request::idempotencyKey)
                .as("three failed attempts and the resend, one key").containsOnly(key);
        JsonNode ledger = ledger(b);
        assertThat(ledger.get("refunds").get(0).get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(ledger.get("refunded").get("amount").asLong()).isEqualTo(20_000);
        assertThat(ReconcilePaymentsCommand.reconcileAll(APP.getConfiguration(), new MetricRegistry()))
                .as("a second pass has nothing to do").contains("0 refunds sent again");
    }

    @Test
    void aCourseHasOneLedgerOverItsSessions() {
        Booked b = booked(null);
        String patient = api().get("/appointments/" + b.appointment(), b.clinic().key()).text("patientId");
        Reply course = api().post("/courses", b.clinic().key(), Map.of("patientId", patient, "treatmentId",
                "exosome", "locationId", b.clinic().location(), "sessions", 3, "firstStart", "2027-03-01T07:00:00Z"));
        assertThat(course.status()).as(course.toString()).isEqualTo(201);
        String first = course.json().get("appointments").get(0).get("id").asText();
        assertThat(api().post("/appointments/" + first + "/payments", b.clinic().key(),
                Map.of("kind", "BALANCE", "method", "CASH")).status()).isEqualTo(201);
        JsonNode ledger = api().get("/courses/" + course.text("courseId") + "/payments", b.clinic().key()).json();
        long price = 0;
        for (JsonNode session : course.json().get("appointments")) {
            price += session.get("price").get("amount").asLong();
        }
        assertThat(ledger.get("sessions")).hasSize(3);
        assertThat(ledger.get("price").get("amount").asLong()).isEqualTo(price);
        long firstPrice = course.json().get("appointments").get(0).get("price").get("amount").asLong();
        assertThat(ledger.get("paid").get("amount").asLong()).isEqualTo(firstPrice);
        assertThat(ledger.get("balanceOutstanding").get("amount").asLong()).isEqualTo(price - firstPrice);

        Booked other = booked(null);
        assertThat(api().get("/courses/" + course.text("courseId") + "/payments", other.clinic().key()).status())
                .isEqualTo(404);
    }

    @Test
    void aStripeAccountBelongsToOneClinicChain() {
        booked("acct_1GlowClinicK");
        Clinic other = Clinics.open(api(), "Asia/Riyadh", 5);
        // A typed account id is refused alike for a connected and a free id: no claim, and no oracle.
        for (String typed : List.of("acct_1GlowClinicK", "acct_1GlowClinicL")) {
            Reply refused = api().put("/payment-settings", other.key(), Map.of("stripeAccountId", typed));
            assertThat(refused.status()).as(typed).isEqualTo(422);
            assertThat(refused.text("code")).isEqualTo("STRIPE_ACCOUNT_ID_NOT_ACCEPTED");
        }
        assertThat(DB.count("SELECT COUNT(*) FROM stripe_account_routes WHERE tenant_id = ?",
                other.tenant().tenantId())).isZero();
    }

    @Test
    void aSavedCardPaysTheNoShowFeeWithoutThePatient() {
        Booked b = booked("acct_1GlowClinicF");
        String patient = api().get("/appointments/" + b.appointment(), b.clinic().key()).text("patientId");
        int before = STRIPE.requests().size();
        Reply setup = api().post("/patients/" + patient + "/card-setup", b.clinic().key(), "{}");
        assertThat(setup.status()).as(setup.toString()).isEqualTo(201);
        assertThat(setup.text("clientSecret")).startsWith(setup.text("setupIntentId"));
        List<FakeStripe.Request> calls = STRIPE.requests().subList(before, STRIPE.requests().size());
        assertThat(calls).extracting(FakeStripe.Request::path).containsExactly("/v1/customers", "/v1/setup_intents");
        assertThat(calls).extracting(FakeStripe.Request::stripeAccount).containsOnly("acct_1GlowClinicF");
        assertThat(calls.get(1).form()).containsEntry("usage", "off_session");

        ObjectNode succeeded = STRIPE.setupIntent(setup.text("setupIntentId"));
        succeeded.put("status", "succeeded");
        succeeded.put("payment_method", "pm_card_visa");
        assertThat(webhook("setup_intent.succeeded", succeeded, "acct_1GlowClinicF", "evt_" + UUID.randomUUID())
                .text("outcome")).isEqualTo("APPLIED");
        assertThat(api().get("/patients/" + patient + "/card", b.clinic().key()).json().get("cardOnFile").asBoolean())
                .isTrue();

        api().post("/appointments/" + b.appointment() + "/no-show", b.clinic().key(), "{}");
        STRIPE.declineNext();
        Reply declined = api().post("/appointments/" + b.appointment() + "/payments", b.clinic().key(),
                Map.of("kind", "NO_SHOW_FEE", "method", "CARD", "cardOnFile", true));
        assertThat(declined.status()).as(declined.toString()).isEqualTo(422);
        assertThat(declined.text("code")).isEqualTo("CARD_DECLINED");
        assertThat(declined.text("declineCode")).isEqualTo("insufficient_funds");
        Reply fee = api().post("/appointments/" + b.appointment() + "/payments", b.clinic().key(),
                Map.of("kind", "NO_SHOW_FEE", "method", "CARD", "cardOnFile", true));
        assertThat(fee.status()).as(fee.toString()).isEqualTo(201);
        assertThat(fee.text("status")).isEqualTo("SUCCEEDED");
        FakeStripe.Request charge = STRIPE.requests().get(STRIPE.requests().size() - 1);
        assertThat(charge.form()).containsEntry("off_session", "true").containsEntry("confirm", "true")
                .containsEntry("payment_method", "pm_card_visa").containsEntry("amount", "20000");
        assertThat(charge.form().get("customer")).startsWith("cus_test");
        assertThat(charge.idempotencyKey()).as("a new attempt after a decline").isNotEqualTo(
                STRIPE.requests().get(STRIPE.requests().size() - 2).idempotencyKey());
        assertThat(DB.count("SELECT COUNT(*) FROM payments WHERE tenant_id = ? AND appointment_id = ? "
                + "AND status = 'FAILED'", b.clinic().tenant().tenantId(), b.appointment())).isEqualTo(1);
    }

    @Test
    void aNoShowFeeIsTheDeposit() {
        Booked b = booked(null);
        api().post("/appointments/" + b.appointment() + "/no-show", b.clinic().key(), "{}");
        assertThat(pay(b, "DEPOSIT", "CASH").text("code")).isEqualTo("NOTHING_DUE");
        Reply fee = pay(b, "NO_SHOW_FEE", "CASH");
        assertThat(fee.json().get("amount").get("amount").asLong()).isEqualTo(20_000);
        assertThat(api().get("/appointments/" + b.appointment() + "/payments", b.clinic().key()).json()
                .get("balanceOutstanding").get("amount").asLong()).isZero();
    }

    @Test
    void anotherTenantsPaymentsAndRefundsAre404() {
        Booked a = booked(null);
        Booked b = booked(null);
        String payment = pay(a, "DEPOSIT", "CASH").text("id");
        var frontDesk = com.regimen.web.testing.Tenants.staff(api(), a.clinic().tenant(), "FRONT_DESK");
        String refund = api().post("/payments/" + payment + "/refunds", frontDesk.token(), Map.of("amount", 100))
                .text("id");
        assertThat(api().get("/appointments/" + a.appointment() + "/payments", b.clinic().key()).status())
                .isEqualTo(404);
        assertThat(api().post("/appointments/" + a.appointment() + "/payments", b.clinic().key(),
                Map.of("kind", "BALANCE", "method", "CASH")).status()).isEqualTo(404);
        assertThat(api().post("/payments/" + payment + "/refunds", b.clinic().key(), "{}").status()).isEqualTo(404);
        assertThat(api().post("/payments/" + payment + "/reconcile", b.clinic().key(), "{}").status())
                .isEqualTo(404);
        assertThat(api().get("/refunds/" + refund, b.clinic().key()).status()).isEqualTo(404);
        assertThat(api().post("/refunds/" + refund + "/approve", b.clinic().key(), "{}").status()).isEqualTo(404);
        assertThat(api().post("/refunds/" + refund + "/decline", b.clinic().key(), "{}").status()).isEqualTo(404);
        assertThat(api().get("/refunds", b.clinic().key()).json().get("data")).isEmpty();
        assertThat(api().get("/refunds/" + refund, a.clinic().key()).text("status")).isEqualTo("AWAITING_APPROVAL");
        assertThat(DB.count("SELECT COUNT(*) FROM payments WHERE tenant_id = ?", b.clinic().tenant().tenantId()))
                .isZero();
    }

    private JsonNode ledger(Booked b) {
        return api().get("/appointments/" + b.appointment() + "/payments", b.clinic().key()).json();
    }

    /** Stripe.js confirmed the card: Stripe says so and sends its event. */
    private void succeed(Reply payment, String account) {
        assertThat(payment.status()).as(payment.toString()).isEqualTo(201);
        String intentId = payment.text("stripePaymentIntentId");
        STRIPE.setIntentStatus(intentId, "succeeded");
        assertThat(webhook("payment_intent.succeeded", STRIPE.intent(intentId), account, "evt_" + UUID.randomUUID())
                .text("outcome")).isEqualTo("APPLIED");
    }
}
