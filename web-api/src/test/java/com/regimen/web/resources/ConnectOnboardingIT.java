package com.regimen.web.resources;

import com.regimen.core.testing.TestDatabase;
import com.regimen.core.testing.TestDatabases;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.testing.Api;
import com.regimen.web.testing.Clinics;
import com.regimen.web.testing.Clinics.Clinic;
import com.regimen.web.testing.FakeStripe;
import com.regimen.web.testing.Reply;
import com.regimen.web.testing.StripeConnections;
import com.regimen.web.testing.Tenants;
import com.regimen.web.testing.TestApps;
import com.regimen.web.testing.TestRegimenApplication;
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

/**
 * Stripe Connect onboarding: the platform makes the account, the owner onboards on Stripe, the
 * account is the chain's only once Stripe enables charges; a typed account id is refused.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ConnectOnboardingIT {
    private static final String WEBHOOK_SECRET = "whsec_connect_onboarding";
    private static final TestDatabase DB = TestDatabases.create();
    private static final FakeStripe STRIPE = new FakeStripe();
    private static final DropwizardAppExtension<RegimenConfiguration> APP = TestApps.app(DB,
            ConfigOverride.config("stripe.secretKey", "sk_test_fake"),
            ConfigOverride.config("stripe.webhookSecret", WEBHOOK_SECRET),
            ConfigOverride.config("stripe.apiBase", STRIPE.baseUrl()));

    @AfterAll
    static void stopStripe() {
        assertThat(STRIPE.terminal().problems()).as("every request as Stripe wants it").isEmpty();
        STRIPE.close();
    }

    private Api api() {
        return TestApps.api(APP);
    }

    private static String eventId() {
        return "evt_" + UUID.randomUUID().toString().replace("-", "");
    }

    private static long now() {
        return TestRegimenApplication.CLOCK.instant().getEpochSecond();
    }

    private List<FakeStripe.Request> since(int before) {
        List<FakeStripe.Request> all = STRIPE.requests();
        return all.subList(before, all.size());
    }

    @Test
    void onboardingGoesFromLinkToChargesEnabled() {
        Clinic c = Clinics.open(api(), "Asia/Riyadh", 5);
        long t = now();
        assertThat(api().get("/stripe-connect", c.key()).text("state")).isEqualTo("NOT_STARTED");

        int before = STRIPE.requests().size();
        Reply link = api().post("/stripe-connect/onboarding-link", c.key(),
                Map.of("returnUrl", "https://glow.example/settings", "refreshUrl", "https://glow.example/again"));
        assertThat(link.status()).as(link.toString()).isEqualTo(201);
        String account = link.text("stripeAccountId");
        assertThat(link.text("url")).endsWith("/setup/e/" + account);
        List<FakeStripe.Request> calls = since(before);
        assertThat(calls).extracting(FakeStripe.Request::path).containsExactly("/v1/accounts", "/v1/account_links");
        assertThat(calls.get(0).stripeAccount()).as("made on the platform").isNull();
        assertThat(calls.get(0).idempotencyKey()).isNotBlank();
        assertThat(calls.get(0).form()).containsEntry("type", "express")
                .containsEntry("metadata[regimen_tenant]", c.tenant().tenantId());
        assertThat(calls.get(1).form()).containsEntry("account", account)
                .containsEntry("return_url", "https://glow.example/settings")
                .containsEntry("type", "account_onboarding");

        Reply onboarding = api().get("/stripe-connect", c.key());
        assertThat(onboarding.text("state")).isEqualTo("ONBOARDING");
        assertThat(onboarding.json().get("cardPaymentsEnabled").asBoolean()).isFalse();
        String patient = Clinics.patient(api(), c, Map.of());
        String appointment = Clinics.book(api(), c, patient, "prp", "2027-02-01T07:00:00Z", Map.of()).text("id");
        Reply card = api().post("/appointments/" + appointment + "/payments", c.key(),
                Map.of("kind", "DEPOSIT", "method", "CARD"));
        assertThat(card.text("code")).as("not the chain's account until Stripe says so")
                .isEqualTo("STRIPE_ACCOUNT_MISSING");

        // The owner comes back to onboarding: the same account, a new link.
        int again = STRIPE.requests().size();
        assertThat(api().post("/stripe-connect/onboarding-link", c.key(), "{}").text("stripeAccountId"))
                .isEqualTo(account);
        assertThat(since(again)).extracting(FakeStripe.Request::path).containsExactly("/v1/account_links");

        // Details submitted, charges not yet enabled: still onboarding.
        Reply submitted = StripeConnections.accountUpdated(api(), STRIPE, WEBHOOK_SECRET, account, eventId(), t - 10);
        assertThat(submitted.text("outcome")).isEqualTo("APPLIED");
        assertThat(api().get("/stripe-connect", c.key()).text("state")).isEqualTo("ONBOARDING");

        STRIPE.terminal().enableCharges(account, true);
        String enabled = eventId();
        assertThat(StripeConnections.accountUpdated(api(), STRIPE, WEBHOOK_SECRET, account, enabled, t)
                .text("outcome")).isEqualTo("APPLIED");
        assertThat(StripeConnections.accountUpdated(api(), STRIPE, WEBHOOK_SECRET, account, enabled, t)
                .text("outcome")).isEqualTo("DUPLICATE");
        Reply connected = api().get("/stripe-connect", c.key());
        assertThat(connected.text("state")).isEqualTo("CONNECTED");
        assertThat(connected.json().get("cardPaymentsEnabled").asBoolean()).isTrue();
        assertThat(api().get("/payment-settings", c.key()).text("stripeAccountId")).isEqualTo(account);
        assertThat(DB.count("SELECT COUNT(*) FROM audit_events WHERE tenant_id = ? AND action = 'stripe_connect.connected'",
                c.tenant().tenantId())).as("connected once").isEqualTo(1);

        int charge = STRIPE.requests().size();
        Reply paid = api().post("/appointments/" + appointment + "/payments", c.key(),
                Map.of("kind", "DEPOSIT", "method", "CARD"));
        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
        assertThat(since(charge).get(0).stripeAccount()).as("on the account the chain onboarded").isEqualTo(account);

        // Older news arriving late changes nothing; newer news that charges are disabled does.
        STRIPE.terminal().enableCharges(account, false);
        assertThat(StripeConnections.accountUpdated(api(), STRIPE, WEBHOOK_SECRET, account, eventId(), t - 5)
                .text("outcome")).isEqualTo("IGNORED");
        assertThat(api().get("/stripe-connect", c.key()).text("state")).isEqualTo("CONNECTED");
        assertThat(StripeConnections.accountUpdated(api(), STRIPE, WEBHOOK_SECRET, account, eventId(), t + 5)
                .text("outcome")).isEqualTo("APPLIED");
        Reply restricted = api().get("/stripe-connect", c.key());
        assertThat(restricted.text("state")).isEqualTo("RESTRICTED");
        assertThat(restricted.json().get("cardPaymentsEnabled").asBoolean()).isFalse();

    }

    @Test
    void aTypedAccountIdIsRefusedAlikeForATakenAndAFreeId() {
        Clinic owner = Clinics.open(api(), "Asia/Riyadh", 5);
        String taken = StripeConnections.connect(api(), STRIPE, WEBHOOK_SECRET, owner.key(), "acct_1OnboardTaken");
        Clinic other = Clinics.open(api(), "Asia/Riyadh", 5);
        Reply claimTaken = api().put("/payment-settings", other.key(), Map.of("stripeAccountId", taken));
        Reply claimFree = api().put("/payment-settings", other.key(), Map.of("stripeAccountId", "acct_1NobodyHasThis"));
        for (Reply refused : List.of(claimTaken, claimFree)) {
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.text("code")).isEqualTo("STRIPE_ACCOUNT_ID_NOT_ACCEPTED");
        }
        assertThat(claimTaken.body().replace(taken, "X")).as("no oracle: both answers alike")
                .isEqualTo(claimFree.body().replace("acct_1NobodyHasThis", "X"));
        assertThat(api().get("/stripe-connect", other.key()).text("state")).isEqualTo("NOT_STARTED");
        assertThat(DB.count("SELECT COUNT(*) FROM stripe_account_routes WHERE tenant_id = ?",
                other.tenant().tenantId())).isZero();
        assertThat(api().get("/payment-settings", owner.key()).text("stripeAccountId")).isEqualTo(taken);
    }

    @Test
    void anAccountEventForAnAccountTheChainDidNotOnboardChangesNothing() {
        Clinic a = Clinics.open(api(), "Asia/Riyadh", 5);
        Clinic b = Clinics.open(api(), "Asia/Riyadh", 5);
        String accountA = api().post("/stripe-connect/onboarding-link", a.key(), "{}").text("stripeAccountId");
        api().post("/stripe-connect/onboarding-link", b.key(), "{}");
        STRIPE.terminal().enableCharges(accountA, true);
        // A's account with B's tenant in its metadata: forged, ignored.
        var forged = STRIPE.terminal().account(accountA);
        ((com.fasterxml.jackson.databind.node.ObjectNode) forged.get("metadata")).put("regimen_tenant",
                b.tenant().tenantId());
        assertThat(StripeConnections.event(api(), WEBHOOK_SECRET, "account.updated", accountA, eventId(), now(), forged)
                .text("outcome")).isEqualTo("IGNORED");
        // An account nobody onboarded here.
        var stranger = STRIPE.terminal().account(accountA).put("id", "acct_1NotOnRegimen");
        assertThat(StripeConnections.event(api(), WEBHOOK_SECRET, "account.updated", "acct_1NotOnRegimen", eventId(),
                now(), stranger).text("outcome")).isEqualTo("IGNORED");
        assertThat(api().get("/stripe-connect", a.key()).text("state")).isEqualTo("ONBOARDING");
        assertThat(api().get("/stripe-connect", b.key()).text("state")).isEqualTo("ONBOARDING");
        // Unsigned: refused before anything is read.
        Reply unsigned = api().send("POST", "/webhooks/stripe", null, "{\"type\":\"account.updated\"}",
                Map.of("Stripe-Signature", "t=1,v1=00"));
        assertThat(unsigned.status()).isEqualTo(400);
        assertThat(unsigned.text("code")).isEqualTo("INVALID_SIGNATURE");
    }

    @Test
    void onlyTheOwnerOnboardsAndALostAnswerMakesOneAccount() {
        Clinic c = Clinics.open(api(), "Asia/Riyadh", 5);
        Tenants.Staff desk = Tenants.staff(api(), c.tenant(), "FRONT_DESK");
        assertThat(api().post("/stripe-connect/onboarding-link", desk.token(), "{}").status()).isEqualTo(403);
        assertThat(api().post("/stripe-connect/onboarding-link", c.key(),
                Map.of("returnUrl", "javascript:alert(1)")).text("code")).isEqualTo("VALIDATION_FAILED");

        int before = STRIPE.requests().size();
        STRIPE.failNext(3); // the first try and stripe-java's two retries
        Reply down = api().post("/stripe-connect/onboarding-link", c.key(), "{}");
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.text("code")).isEqualTo("PAYMENT_PROVIDER_UNAVAILABLE");
        Reply up = api().post("/stripe-connect/onboarding-link", c.key(), "{}");
        assertThat(up.status()).as(up.toString()).isEqualTo(201);
        List<FakeStripe.Request> creates = since(before).stream().filter(r -> r.path().equals("/v1/accounts")).toList();
        assertThat(creates).hasSize(4);
        assertThat(creates).extracting(FakeStripe.Request::idempotencyKey).as("one key: Stripe makes one account")
                .containsOnly(creates.get(0).idempotencyKey());
    }
}
