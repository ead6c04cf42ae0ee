package com.regimen.web.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.stripe.Stripe;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Connects a clinic chain's Stripe account the only way there is: the owner starts onboarding (the
 * fake creates the account), Stripe enables charges, and a signed {@code account.updated} arrives.
 */
public final class StripeConnections {
    private static final ObjectMapper JSON = new ObjectMapper();

    private StripeConnections() {
    }

    /** @param accountId the id the fake gives the new account, so a test can name it in its events */
    public static String connect(Api api, FakeStripe stripe, String webhookSecret, String ownerKey, String accountId) {
        Reply now = api.get("/stripe-connect", ownerKey);
        if ("CONNECTED".equals(now.text("state"))) {
            return now.text("stripeAccountId"); // the same chain again (a parameterised test)
        }
        if (accountId != null && "NOT_STARTED".equals(now.text("state"))) {
            stripe.terminal().nextAccountId(accountId);
        }
        Reply link = api.post("/stripe-connect/onboarding-link", ownerKey, "{}");
        assertThat(link.status()).as(link.toString()).isEqualTo(201);
        String account = link.text("stripeAccountId");
        stripe.terminal().enableCharges(account, true);
        Reply applied = accountUpdated(api, stripe, webhookSecret, account, "evt_" + java.util.UUID.randomUUID()
                .toString().replace("-", ""), TestRegimenApplication.CLOCK.instant().getEpochSecond());
        assertThat(applied.text("outcome")).as(applied.toString()).isEqualTo("APPLIED");
        return account;
    }

    /** A signed {@code account.updated} carrying what the fake now says of the account. */
    public static Reply accountUpdated(Api api, FakeStripe stripe, String webhookSecret, String account, String eventId,
                                       long created) {
        return event(api, webhookSecret, "account.updated", account, eventId, created, stripe.terminal().account(account));
    }

    public static Reply event(Api api, String webhookSecret, String type, String account, String eventId, long created,
                              ObjectNode object) {
        ObjectNode event = JSON.createObjectNode();
        event.put("id", eventId);
        event.put("object", "event");
        event.put("type", type);
        event.put("account", account);
        event.put("api_version", Stripe.API_VERSION);
        event.put("created", created);
        event.putObject("data").set("object", object);
        String payload = event.toString();
        String signature = StripeSignatures.header(webhookSecret, payload,
                TestRegimenApplication.CLOCK.instant().getEpochSecond());
        return api.send("POST", "/webhooks/stripe", null, payload, Map.of("Stripe-Signature", signature));
    }
}
