package com.regimen.web.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.testing.FakeStripe;
import com.regimen.web.testing.PaymentsServer;
import com.regimen.web.testing.PaymentsServer.Booked;
import com.regimen.web.testing.Reply;
import com.regimen.web.testing.StripeSignatures;
import com.regimen.web.testing.TestRegimenApplication;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;
import java.util.UUID;

import static com.regimen.web.testing.PaymentsServer.DB;
import static com.regimen.web.testing.PaymentsServer.STRIPE;
import static com.regimen.web.testing.PaymentsServer.WEBHOOK_SECRET;
import static com.regimen.web.testing.PaymentsServer.api;
import static com.regimen.web.testing.PaymentsServer.booked;
import static com.regimen.web.testing.PaymentsServer.ledger;
import static com.regimen.web.testing.PaymentsServer.pay;
import static com.regimen.web.testing.PaymentsServer.succeed;
import static com.regimen.web.testing.PaymentsServer.webhook;
import static org.assertj.core.api.Assertions.assertThat;

/** Stripe's events: verified, applied once, never moving a payment back; refunds made or failed at Stripe. */
@ExtendWith({DropwizardExtensionsSupport.class, PaymentsServer.class})
class StripeWebhooksIT {
    private static final DropwizardAppExtension<RegimenConfiguration> APP = PaymentsServer.APP;

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
        assertThat(DB.count("SELECT COUNT(*) FROM stripe_events WHERE tenant_id = ?", b.clinic().tenant().tenantId()))
                .isEqualTo(2);

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
}
