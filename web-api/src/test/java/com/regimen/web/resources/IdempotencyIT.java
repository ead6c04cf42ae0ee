package com.regimen.web.resources;

import com.regimen.core.testing.TestDatabase;
import com.regimen.core.testing.TestDatabases;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.testing.Api;
import com.regimen.web.testing.Reply;
import com.regimen.web.testing.TestApps;
import com.regimen.web.testing.Tenants;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(DropwizardExtensionsSupport.class)
class IdempotencyIT {
    private static final TestDatabase DB = TestDatabases.create();
    private static final DropwizardAppExtension<RegimenConfiguration> APP = TestApps.app(DB);

    private Api api() {
        return TestApps.api(APP);
    }

    private static Map<String, Object> signupForm(String email) {
        return Map.of("tenantName", "Replay Clinic", "ownerEmail", email, "ownerPassword", Tenants.PASSWORD,
                "currency", "USD", "locale", "en");
    }

    @Test
    void aRetriedSignupReplaysTheFirstAnswerAndCreatesNothingNew() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> form = signupForm("replay@clinic.example");
        Reply first = api().post("/signup", null, form, Map.of("Idempotency-Key", key));
        Reply retry = api().post("/signup", null, form, Map.of("Idempotency-Key", key));

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        // The same answer, but the API key is shown once: the replay carries it as null (SmallerHolesIT).
        assertThat(retry.text("tenantId")).isEqualTo(first.text("tenantId"));
        assertThat(retry.text("ownerUserId")).isEqualTo(first.text("ownerUserId"));
        assertThat(retry.json().get("apiKey").isNull()).isTrue();
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(DB.count("SELECT COUNT(*) FROM staff_users WHERE email = 'replay@clinic.example'")).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() {
        String key = UUID.randomUUID().toString();
        assertThat(api().post("/signup", null, signupForm("one@clinic.example"), Map.of("Idempotency-Key", key))
                .status()).isEqualTo(201);
        Reply other = api().post("/signup", null, signupForm("two@clinic.example"), Map.of("Idempotency-Key", key));
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.text("code")).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(DB.count("SELECT COUNT(*) FROM staff_users WHERE email = 'two@clinic.example'")).isZero();
    }

    @Test
    void keysAreScopedToTheTenant() {
        Tenants.Tenant a = Tenants.signUp(api(), "A");
        Tenants.Tenant b = Tenants.signUp(api(), "B");
        Map<String, Object> body = Map.of("name", "integration");
        Reply inA = api().post("/api-keys", a.apiKey(), body, Map.of("Idempotency-Key", "same-key"));
        Reply inB = api().post("/api-keys", b.apiKey(), body, Map.of("Idempotency-Key", "same-key"));
        assertThat(inA.status()).isEqualTo(201);
        assertThat(inB.status()).isEqualTo(201);
        assertThat(inB.text("id")).isNotEqualTo(inA.text("id"));
        assertThat(inB.header("Idempotent-Replayed")).isNull();
    }

    @Test
    void failedRequestsReplayTheirErrorToo() {
        Tenants.Tenant tenant = Tenants.signUp(api(), "A");
        Map<String, Object> duplicate = Map.of("email", tenant.ownerEmail(), "password", Tenants.PASSWORD,
                "name", "Dup", "role", "MANAGER");
        Reply first = api().post("/users", tenant.apiKey(), duplicate, Map.of("Idempotency-Key", "dup-1"));
        Reply again = api().post("/users", tenant.apiKey(), duplicate, Map.of("Idempotency-Key", "dup-1"));
        assertThat(first.status()).isEqualTo(409);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.json()).isEqualTo(first.json());
    }

    @Test
    void badKeysAreRejected() {
        Reply reply = api().post("/signup", null, signupForm("bad-key@clinic.example"),
                Map.of("Idempotency-Key", "x".repeat(300)));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("errors").get(0).get("field").asText()).isEqualTo("Idempotency-Key");
    }

    @Test
    void racingRetriesWithOneKeyCreateExactlyOneTenant() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> form = signupForm("race@clinic.example");
        int clients = 12;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Reply>> futures = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            futures.add(pool.submit(() -> {
                start.await();
                return api().post("/signup", null, form, Map.of("Idempotency-Key", key));
            }));
        }
        start.countDown();
        List<Reply> replies = new ArrayList<>();
        for (Future<Reply> future : futures) {
            replies.add(future.get());
        }
        pool.shutdown();

        long created = replies.stream().filter(r -> r.status() == 201).count();
        long inProgress = replies.stream().filter(r -> r.status() == 409).count();
        assertThat(created + inProgress).as(replies.toString()).isEqualTo(clients);
        assertThat(created).isGreaterThanOrEqualTo(1);
        assertThat(replies.stream().filter(r -> r.status() == 201).map(r -> r.text("tenantId")).distinct().count())
                .as("every 201 is the same tenant").isEqualTo(1);
        replies.stream().filter(r -> r.status() == 409)
                .forEach(r -> assertThat(r.text("code")).isEqualTo("IDEMPOTENCY_KEY_IN_USE"));
        assertThat(DB.count("SELECT COUNT(*) FROM staff_users WHERE email = 'race@clinic.example'")).isEqualTo(1);
    }
}
