package com.regimen.web.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.testing.Clinics;
import com.regimen.web.testing.Clinics.Clinic;
import com.regimen.web.testing.FakeStripe;
import com.regimen.web.testing.PaymentsServer;
import com.regimen.web.testing.PaymentsServer.Booked;
import com.regimen.web.testing.Reply;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.regimen.web.testing.PaymentsServer.DB;
import static com.regimen.web.testing.PaymentsServer.STRIPE;
import static com.regimen.web.testing.PaymentsServer.api;
import static com.regimen.web.testing.PaymentsServer.booked;
import static com.regimen.web.testing.PaymentsServer.pay;
import static com.regimen.web.testing.PaymentsServer.webhook;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Taking payments: cash and card deposits and balances, Stripe retries, course ledgers, Stripe accounts,
 * cards on file, and tenant isolation of payments and refunds.
 */
@ExtendWith({DropwizardExtensionsSupport.class, PaymentsServer.class})
class PaymentsIT {
    private static final DropwizardAppExtension<RegimenConfiguration> APP = PaymentsServer.APP;

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
        Reply taken = api().put("/payment-settings", other.key(), Map.of("stripeAccountId", "acct_1GlowClinicK"));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.text("code")).isEqualTo("STRIPE_ACCOUNT_TAKEN");
        assertThat(api().put("/payment-settings", other.key(), Map.of("stripeAccountId", "acct_1GlowClinicL"))
                .status()).isEqualTo(200);
        assertThat(api().put("/payment-settings", other.key(), Map.of("stripeAccountId", "acct_1GlowClinicM"))
                .status()).as("changing accounts frees the old one").isEqualTo(200);
        assertThat(DB.count("SELECT COUNT(*) FROM stripe_account_routes WHERE tenant_id = ?",
                other.tenant().tenantId())).isEqualTo(1);
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
}
