package com.regimen.web.resources;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.regimen.core.testing.TestDatabase;
import com.regimen.core.testing.TestDatabases;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.testing.Api;
import com.regimen.web.testing.FakeStripe;
import com.regimen.web.testing.Reply;
import com.regimen.web.testing.StripeConnections;
import com.regimen.web.testing.StripeSignatures;
import com.regimen.web.testing.TestApps;
import com.regimen.web.testing.TestRegimenApplication;
import com.regimen.web.testing.Tenants;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The smaller holes of issue #23, each against the running server on real MariaDB: secrets in
 * stored idempotent replies, a token in the query string, a signed Stripe event without an API
 * version, and a practitioner linked to a staff account of another clinic chain.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class SmallerHolesIT {
    private static final String WEBHOOK_SECRET = "whsec_holes_secret";
    private static final TestDatabase DB = TestDatabases.create();
    private static final FakeStripe STRIPE = new FakeStripe();
    private static final DropwizardAppExtension<RegimenConfiguration> APP = TestApps.app(DB,
            ConfigOverride.config("stripe.webhookSecret", WEBHOOK_SECRET),
            ConfigOverride.config("stripe.secretKey", "sk_test_fake"),
            ConfigOverride.config("stripe.apiBase", STRIPE.baseUrl()));
    private static final ObjectMapper JSON = new ObjectMapper();

    private Api api() {
        return TestApps.api(APP);
    }

    private static String storedReply(String scope, String key) {
        return DB.jdbi().withHandle(h -> h.createQuery("SELECT response_body FROM idempotency_keys "
                + "WHERE tenant_id = :scope AND idem_key = :key").bind("scope", scope).bind("key", key)
                .mapTo(String.class).one());
    }

    @Test
    void aNewApiKeysSecretIsNotStoredWithTheReplyAndTheReplayAnswersWithoutIt() {
        Tenants.Tenant tenant = Tenants.signUp(api(), "Secrets");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("name", "Reception tablet", "role", "FRONT_DESK");
        Reply first = api().post("/api-keys", tenant.apiKey(), body, Map.of("Idempotency-Key", key));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        String secret = first.text("secret");
        assertThat(secret).startsWith("rgk_");

        String stored = storedReply(tenant.tenantId(), key);
        assertThat(stored).doesNotContain(secret).doesNotContain(secret.substring(secret.length() - 20))
                .contains("\"secret\":null").contains(first.text("id"));

        Reply replay = api().post("/api-keys", tenant.apiKey(), body, Map.of("Idempotency-Key", key));
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.text("id")).isEqualTo(first.text("id"));
        assertThat(replay.text("lastFour")).isEqualTo(first.text("lastFour"));
        assertThat(replay.json().get("secret").isNull()).isTrue();
        assertThat(DB.count("SELECT COUNT(*) FROM api_keys WHERE tenant_id = ?", tenant.tenantId()))
                .as("the signup's key and this one, once").isEqualTo(2);
        // The secret shown once still works.
        assertThat(api().get("/patients?q=x", secret).status()).isEqualTo(200);
    }

    @Test
    void aSignupsApiKeyIsNotStoredWithTheReplyAndTheReplayAnswersWithoutIt() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> form = Map.of("tenantName", "Replayed Glow", "ownerEmail",
                "owner-" + UUID.randomUUID() + "@clinic.example", "ownerPassword", Tenants.PASSWORD,
                "currency", "SAR", "locale", "ar");
        Reply first = api().post("/signup", null, form, Map.of("Idempotency-Key", key));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        String apiKey = first.text("apiKey");

        String stored = storedReply("-", key);
        assertThat(stored).doesNotContain(apiKey).doesNotContain(apiKey.substring(apiKey.length() - 20))
                .contains("\"apiKey\":null").contains(first.text("tenantId"));

        Reply replay = api().post("/signup", null, form, Map.of("Idempotency-Key", key));
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.text("tenantId")).isEqualTo(first.text("tenantId"));
        assertThat(replay.text("ownerUserId")).isEqualTo(first.text("ownerUserId"));
        assertThat(replay.json().get("apiKey").isNull()).isTrue();
        assertThat(api().get("/api-keys", apiKey).status()).isEqualTo(200);
    }

    @Test
    void aTokenInTheQueryStringIsRefusedEvenWhenValid() {
        Tenants.Tenant tenant = Tenants.signUp(api(), "Query");
        for (String path : List.of("/api-keys?access_token=", "/patients?q=a&access_token=",
                "/openapi.json?ACCESS_TOKEN=", "/patients?acc%65ss_token=")) {
            Reply reply = api().get(path + tenant.apiKey(), null);
            assertThat(reply.status()).as(path).isEqualTo(400);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.text("code")).isEqualTo("TOKEN_IN_QUERY");
            assertThat(reply.body()).doesNotContain(tenant.apiKey());
        }
        // Also with a valid header: the URL still leaked the token.
        assertThat(api().get("/api-keys?access_token=" + tenant.apiKey(), tenant.apiKey()).text("code"))
                .isEqualTo("TOKEN_IN_QUERY");
        assertThat(api().get("/api-keys", tenant.apiKey()).status()).isEqualTo(200);
    }

    private Reply signedEvent(ObjectNode event) {
        String payload = event.toString();
        String signature = StripeSignatures.header(WEBHOOK_SECRET, payload,
                TestRegimenApplication.CLOCK.instant().getEpochSecond());
        return api().send("POST", "/webhooks/stripe", null, payload, Map.of("Stripe-Signature", signature));
    }

    @Test
    void aSignedStripeEventWithoutAnApiVersionIsIgnored() {
        Tenants.Tenant tenant = Tenants.signUp(api(), "Webhooks");
        StripeConnections.connect(api(), STRIPE, WEBHOOK_SECRET, tenant.apiKey(), "acct_1HolesClinic");
        String eventId = "evt_" + UUID.randomUUID().toString().replace("-", "");
        ObjectNode event = JSON.createObjectNode();
        event.put("id", eventId);
        event.put("object", "event");
        event.put("type", "payment_intent.succeeded");
        event.put("account", "acct_1HolesClinic");
        event.put("created", TestRegimenApplication.CLOCK.instant().getEpochSecond());
        ObjectNode intent = event.putObject("data").putObject("object");
        intent.put("id", "pi_holes");
        intent.put("object", "payment_intent");
        intent.put("status", "succeeded");
        intent.putObject("metadata").put("regimen_tenant", tenant.tenantId());

        Reply withoutVersion = signedEvent(event);
        assertThat(withoutVersion.status()).as(withoutVersion.toString()).isEqualTo(200);
        assertThat(withoutVersion.text("outcome")).isEqualTo("IGNORED");

        event.putNull("api_version");
        assertThat(signedEvent(event).text("outcome")).isEqualTo("IGNORED");
        event.put("api_version", "2019-01-01");
        event.remove("data");
        Reply withoutData = signedEvent(event);
        assertThat(withoutData.status()).as(withoutData.toString()).isEqualTo(200);
        assertThat(withoutData.text("outcome")).isEqualTo("IGNORED");
        assertThat(DB.count("SELECT COUNT(*) FROM stripe_events WHERE tenant_id = ? AND event_id = ?",
                tenant.tenantId(), eventId)).as("nothing recorded as applied").isZero();
    }

    @Test
    void aPractitionerCanOnlyBeLinkedToAStaffUserOfTheSameClinicChain() {
        Tenants.Tenant mine = Tenants.signUp(api(), "Mine");
        Tenants.Tenant other = Tenants.signUp(api(), "Other");
        Tenants.Staff ownStaff = Tenants.staff(api(), mine, "PRACTITIONER");
        Tenants.Staff otherStaff = Tenants.staff(api(), other, "PRACTITIONER");

        for (String userId : List.of(otherStaff.userId(), other.ownerUserId(), UUID.randomUUID().toString(),
                "not-an-id", "مرحبا")) {
            Reply refused = api().post("/practitioners", mine.apiKey(), Map.of("name", "Dr. Linked",
                    "userId", userId, "credentials", List.of("PHYSICIAN")));
            assertThat(refused.status()).as(userId + " " + refused).isEqualTo(400);
            assertThat(refused.text("code")).isEqualTo("VALIDATION_FAILED");
            assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("userId");
        }
        assertThat(DB.count("SELECT COUNT(*) FROM practitioners WHERE tenant_id = ?", mine.tenantId())).isZero();

        Reply linked = api().post("/practitioners", mine.apiKey(), Map.of("name", "Dr. Linked",
                "userId", ownStaff.userId(), "credentials", List.of("PHYSICIAN")));
        assertThat(linked.status()).as(linked.toString()).isEqualTo(201);
        assertThat(linked.text("userId")).isEqualTo(ownStaff.userId());

        Reply relinked = api().put("/practitioners/" + linked.text("id"), mine.apiKey(), Map.of("name", "Dr. Linked",
                "userId", otherStaff.userId(), "credentials", List.of("PHYSICIAN")));
        assertThat(relinked.status()).as(relinked.toString()).isEqualTo(400);
        assertThat(DB.count("SELECT COUNT(*) FROM practitioners WHERE tenant_id = ? AND user_id = ?", mine.tenantId(),
                ownStaff.userId())).as("the link is unchanged").isEqualTo(1);
    }
}
