package com.regimen.web.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.testing.FakeStripe;
import com.regimen.web.testing.PaymentsServer;
import com.regimen.web.testing.PaymentsServer.Booked;
import com.regimen.web.testing.Reply;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

import static com.regimen.web.testing.PaymentsServer.STRIPE;
import static com.regimen.web.testing.PaymentsServer.api;
import static com.regimen.web.testing.PaymentsServer.booked;
import static com.regimen.web.testing.PaymentsServer.ledger;
import static com.regimen.web.testing.PaymentsServer.pay;
import static com.regimen.web.testing.PaymentsServer.succeed;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Refunds: never more than was paid, card refunds at Stripe, refunds by the cancellation policy, and the
 * managers' approval queue.
 */
@ExtendWith({DropwizardExtensionsSupport.class, PaymentsServer.class})
class RefundsIT {
    private static final DropwizardAppExtension<RegimenConfiguration> APP = PaymentsServer.APP;

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
}
