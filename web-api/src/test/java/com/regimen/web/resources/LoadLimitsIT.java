package com.regimen.web.resources;

import com.codahale.metrics.Gauge;
import com.regimen.core.testing.TestDatabase;
import com.regimen.core.testing.TestDatabases;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.testing.Api;
import com.regimen.web.testing.LateClinics;
import com.regimen.web.testing.LateClinics.LateClinic;
import com.regimen.web.testing.Reply;
import com.regimen.web.testing.TestApps;
import com.regimen.web.testing.TestRegimenApplication;
import com.regimen.web.testing.Tenants;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #23: unauthenticated clients must not be able to take the server down or lock a clinic out.
 * The server trusts 127.0.0.1 as its reverse proxy here, so each test names its clients' addresses
 * in X-Forwarded-For; two password hashes may run at once, and a sign-in waits briefly for its turn.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class LoadLimitsIT {
    private static final TestDatabase DB = TestDatabases.create();
    private static final DropwizardAppExtension<RegimenConfiguration> APP = TestApps.app(DB,
            ConfigOverride.config("limits.trustedProxies", "127.0.0.1"),
            ConfigOverride.config("limits.concurrentPasswordHashes", "2"),
            ConfigOverride.config("limits.passwordHashWait", "200ms"),
            ConfigOverride.config("limits.signupsPerAddressPerHour", "3"));
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private Api api() {
        return TestApps.api(APP);
    }

    /** An address of the documentation range no other test uses. */
    private static String newClient() {
        int n = CLIENTS.incrementAndGet();
        return "198.51." + (n / 250) + "." + (n % 250 + 1);
    }

    private Reply signUp(String client, String password) {
        return api().post("/signup", null, Map.of("tenantName", "Glow", "ownerEmail",
                        "owner-" + UUID.randomUUID() + "@clinic.example", "ownerPassword", password,
                        "currency", "SAR", "locale", "ar"), Map.of("X-Forwarded-For", client));
    }

    private Tenants.Tenant tenant() {
        Reply reply = signUp(newClient(), Tenants.PASSWORD);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return new Tenants.Tenant(reply.text("tenantId"), reply.text("ownerUserId"), reply.text("apiKey"), null);
    }

    private String staff(Tenants.Tenant tenant, String email) {
        // A chosen password the member then keeps: these members sign in to be flooded, not to change it.
        Reply reply = api().post("/users", tenant.apiKey(), Map.of("email", email, "password", Tenants.PASSWORD,
                "name", "Staff", "role", "FRONT_DESK", "passwordChangeRequired", false));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return email;
    }

    private Reply signIn(String client, String tenantId, String email, String password) {
        Map<String, Object> body = new HashMap<>();
        body.put("tenantId", tenantId);
        body.put("email", email);
        body.put("password", password);
        return api().post("/sessions", null, body, Map.of("X-Forwarded-For", client));
    }

    private long hashesComputed() {
        Gauge<?> gauge = APP.getEnvironment().metrics().getGauges().get("password-hashes");
        return ((Number) gauge.getValue()).longValue();
    }

    @Test
    void aMalformedTenantIdOrEmailIsRefusedWithoutHashing() {
        long before = hashesComputed();
        String client = newClient();
        for (String tenantId : new String[]{"garbage", "", "1' OR '1'='1", "x".repeat(64),
                "01A20000-0000-7000-8000-00000000000G"}) {
            Reply reply = signIn(client, tenantId, "owner@clinic.example", "some password here");
            assertThat(reply.status()).as(reply.toString()).isEqualTo(401);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.text("code")).isEqualTo("INVALID_CREDENTIALS");
        }
        Reply notAnEmail = signIn(client, UUID.randomUUID().toString(), "not an email", "some password here");
        assertThat(notAnEmail.status()).isEqualTo(401);

        assertThat(hashesComputed()).as("no password was hashed").isEqualTo(before);
    }

    @Test
    void lookAlikeSpellingsOfAnAccountAllCountAgainstThatAccount() {
        Tenants.Tenant tenant = tenant();
        String victim = staff(tenant, "victim-" + CLIENTS.incrementAndGet() + "@clinic.example");
        String local = victim.substring(0, victim.indexOf('@'));
        // Each spelling finds the same account (the lookup ignores case and accents), from five addresses.
        for (String lookAlike : new String[]{local.replaceFirst("i", "í"), local.replaceFirst("i", "î"),
                local.toUpperCase(), local.replaceFirst("i", "ì"), local.replaceFirst("i", "ï")}) {
            Reply reply = signIn(newClient(), tenant.tenantId(), lookAlike + "@clinic.example", "wrong password!!");
            assertThat(reply.status()).as(lookAlike + ": " + reply).isEqualTo(401);
        }

        Reply locked = signIn(newClient(), tenant.tenantId(), victim, Tenants.PASSWORD);

        assertThat(locked.status()).as(locked.toString()).isEqualTo(429);
        assertThat(locked.text("code")).isEqualTo("TOO_MANY_ATTEMPTS");
        assertThat(locked.header("Retry-After")).isNotBlank();
    }

    @Test
    void lookAlikesOfAnUnknownAddressShareOneCounter() {
        Tenants.Tenant tenant = tenant();
        for (String lookAlike : new String[]{"ghost@clinic.example", "\uff47\uff48\uff4f\uff53\uff54@clinic.example",
                "gh\u0000ost@clinic.example", "ghóst@clinic.example", "gho\u200bst@clinic.example"}) {
            assertThat(signIn(newClient(), tenant.tenantId(), lookAlike, "wrong password!!").status())
                    .as(lookAlike).isEqualTo(401);
        }

        Reply sixth = signIn(newClient(), tenant.tenantId(), "GHOST@clinic.example", "wrong password!!");

        assertThat(sixth.status()).as(sixth.toString()).isEqualTo(429);
        assertThat(sixth.text("code")).isEqualTo("TOO_MANY_ATTEMPTS");
    }

    @Test
    void staffMistypingBehindOneAddressLockOutOnlyTheirOwnAccounts() {
        Tenants.Tenant tenant = tenant();
        String clinic = newClient();
        List<String> careless = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            careless.add(staff(tenant, "careless-" + i + "-" + CLIENTS.incrementAndGet() + "@clinic.example"));
        }
        String colleague = staff(tenant, "colleague-" + CLIENTS.incrementAndGet() + "@clinic.example");
        // 7 accounts x 5 failures = 35 failed sign-ins from the clinic's one address, over the 30 a
        // per-attempt address limit allowed; each account locks itself out at its fifth.
        for (String email : careless) {
            for (int attempt = 0; attempt < 5; attempt++) {
                assertThat(signIn(clinic, tenant.tenantId(), email, "wrong password!!").status()).isEqualTo(401);
            }
            assertThat(signIn(clinic, tenant.tenantId(), email, Tenants.PASSWORD).status()).isEqualTo(429);
        }

        Reply colleagueSignsIn = signIn(clinic, tenant.tenantId(), colleague, Tenants.PASSWORD);

        assertThat(colleagueSignsIn.status()).as(colleagueSignsIn.toString()).isEqualTo(201);
    }

    @Test
    void anAddressGuessingAtManyAccountsIsLockedOutButOnlyThatAddress() {
        Tenants.Tenant tenant = tenant();
        String owner = staff(tenant, "owner2-" + CLIENTS.incrementAndGet() + "@clinic.example");
        String attacker = newClient();
        for (int i = 0; i < 30; i++) {
            assertThat(signIn(attacker, tenant.tenantId(), "guess-" + i + "@clinic.example", "wrong password!!")
                    .status()).isEqualTo(401);
        }

        Reply fromAttacker = signIn(attacker, tenant.tenantId(), owner, Tenants.PASSWORD);
        Reply fromClinic = signIn(newClient(), tenant.tenantId(), owner, Tenants.PASSWORD);

        assertThat(fromAttacker.status()).as(fromAttacker.toString()).isEqualTo(429);
        assertThat(fromAttacker.text("code")).isEqualTo("TOO_MANY_ATTEMPTS");
        assertThat(fromClinic.status()).as("the proxy's header names a different client").isEqualTo(201);
    }

    @Test
    void aHeaderNamingOnlyTrustedProxiesCountsAtTheConnectionsAddress() {
        // A header whose every hop is a trusted proxy names no client: the attempts count at the
        // connection's own address, and so does the next one that names the same.
        Tenants.Tenant tenant = tenant();
        String owner = staff(tenant, "owner3-" + CLIENTS.incrementAndGet() + "@clinic.example");
        for (int i = 0; i < 30; i++) {
            signIn("127.0.0.1", tenant.tenantId(), "spray-" + i + "@clinic.example", "wrong password!!");
        }
        Reply spoofedAgain = signIn("127.0.0.1, 127.0.0.1", tenant.tenantId(), owner, Tenants.PASSWORD);
        assertThat(spoofedAgain.status()).isEqualTo(429);
    }

    @Test
    void aClientThatIsNotATrustedProxyCannotNameAnotherAddress() throws Exception {
        Tenants.Tenant tenant = tenant();
        String owner = staff(tenant, "owner4-" + CLIENTS.incrementAndGet() + "@clinic.example");
        // From 127.0.0.2 (loopback, not trusted), each attempt claims to come from somewhere new.
        for (int i = 0; i < 30; i++) {
            assertThat(signInFrom("127.0.0.2", newClient(), tenant.tenantId(), "spray-" + i + "@clinic.example",
                    "wrong password!!")).isEqualTo(401);
        }

        int fromUntrusted = signInFrom("127.0.0.2", newClient(), tenant.tenantId(), owner, Tenants.PASSWORD);
        Reply viaTrustedProxy = signIn(newClient(), tenant.tenantId(), owner, Tenants.PASSWORD);

        assertThat(fromUntrusted).as("every attempt counted at 127.0.0.2 itself").isEqualTo(429);
        assertThat(viaTrustedProxy.status()).isEqualTo(201);
    }

    /** A sign-in sent from a chosen loopback address (HttpClient cannot bind one); answers the status. */
    private int signInFrom(String localAddress, String forwardedFor, String tenantId, String email, String password)
            throws Exception {
        String body = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(
                Map.of("tenantId", tenantId, "email", email, "password", password));
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (java.net.Socket socket = new java.net.Socket(java.net.InetAddress.getByName("127.0.0.1"),
                APP.getLocalPort(), java.net.InetAddress.getByName(localAddress), 0)) {
            socket.setSoTimeout(30_000);
            String head = "POST /v1/sessions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "X-Forwarded-For: " + forwardedFor + "\r\nContent-Length: " + bytes.length
                    + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().write(bytes);
            socket.getOutputStream().flush();
            String statusLine = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }

    @Test
    void signUpIsLimitedPerClientAddress() {
        String client = newClient();
        for (int i = 0; i < 3; i++) {
            assertThat(signUp(client, Tenants.PASSWORD).status()).isEqualTo(201);
        }
        long tenantsBefore = DB.count("SELECT COUNT(*) FROM tenants");

        Reply fourth = signUp(client, Tenants.PASSWORD);
        Reply elsewhere = signUp(newClient(), Tenants.PASSWORD);

        assertThat(fourth.status()).as(fourth.toString()).isEqualTo(429);
        assertThat(fourth.contentType()).startsWith("application/problem+json");
        assertThat(fourth.text("code")).isEqualTo("SIGNUP_RATE_LIMITED");
        assertThat(Long.parseLong(fourth.header("Retry-After"))).isPositive();
        assertThat(elsewhere.status()).isEqualTo(201);
        assertThat(DB.count("SELECT COUNT(*) FROM tenants")).as("only the other address's").isEqualTo(tenantsBefore + 1);
    }

    @Test
    void aRateLimitedSignUpIsNotReplayedToItsRetryOnceTheLimitIsOver() {
        String client = newClient();
        for (int i = 0; i < 3; i++) {
            assertThat(signUp(client, Tenants.PASSWORD).status()).isEqualTo(201);
        }
        Map<String, Object> body = Map.of("tenantName", "Glow", "ownerEmail", "late-" + UUID.randomUUID()
                + "@clinic.example", "ownerPassword", Tenants.PASSWORD, "currency", "SAR", "locale", "ar");
        Map<String, String> headers = Map.of("X-Forwarded-For", client, "Idempotency-Key", UUID.randomUUID().toString());
        Reply limited = api().post("/signup", null, body, headers);
        assertThat(limited.status()).isEqualTo(429);

        TestRegimenApplication.CLOCK.advance(Duration.ofMinutes(61));
        Reply retried = api().post("/signup", null, body, headers);

        assertThat(retried.status()).as(retried.toString()).isEqualTo(201);
        assertThat(api().post("/signup", null, body, headers).text("tenantId"))
                .as("the success is what is replayed now").isEqualTo(retried.text("tenantId"));
    }

    @Test
    void commonPasswordsAreRefusedAtSignUpAndForNewStaff() {
        Reply signup = signUp(newClient(), "password123");
        assertThat(signup.status()).isEqualTo(400);
        assertThat(signup.contentType()).startsWith("application/problem+json");
        assertThat(signup.text("code")).isEqualTo("PASSWORD_TOO_COMMON");
        assertThat(signup.json().get("errors").get(0).get("field").asText()).isEqualTo("ownerPassword");

        Reply user = api().post("/users", tenant().apiKey(), Map.of("email", "new@clinic.example",
                "password", "Qwertyuiop", "name", "New", "role", "FRONT_DESK"));
        assertThat(user.status()).isEqualTo(400);
        assertThat(user.text("code")).isEqualTo("PASSWORD_TOO_COMMON");
    }

    /**
     * A bounded flood on loopback: 48 bad sign-ins with garbage but well-formed credentials and 16
     * availability searches at a late-closing location, all at once. Every sign-in answer is a
     * problem document with 401, 429 or 503; every search answers its slots; afterwards the server is
     * healthy and another tenant signs in and works as usual.
     */
    @Test
    void aFloodOfBadSignInsAndLateSearchesLeavesTheServerHealthyForOtherTenants() throws Exception {
        Tenants.Tenant bystander = tenant();
        String bystanderOwner = staff(bystander, "bystander-" + CLIENTS.incrementAndGet() + "@clinic.example");
        LateClinic late = LateClinics.open(api(), tenant().apiKey(), "08:00", "23:50", 1);
        int signIns = 48;
        int searches = 16;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(signIns + searches);
        List<Future<Reply>> signInAnswers = new ArrayList<>();
        List<Future<Reply>> searchAnswers = new ArrayList<>();
        try {
            for (int i = 0; i < signIns; i++) {
                String client = newClient();
                signInAnswers.add(pool.submit(started(start, () -> signIn(client, UUID.randomUUID().toString(),
                        "nobody@clinic.example", "garbage password " + UUID.randomUUID()))));
            }
            for (int i = 0; i < searches; i++) {
                searchAnswers.add(pool.submit(started(start,
                        () -> api().get(late.availability("2027-01-10", "2027-01-10"), late.key()))));
            }
            start.countDown();
            Map<Integer, Integer> statuses = new HashMap<>();
            for (Future<Reply> answer : signInAnswers) {
                Reply reply = answer.get();
                statuses.merge(reply.status(), 1, Integer::sum);
                assertThat(reply.status()).as(reply.toString()).isIn(401, 429, 503);
                assertThat(reply.contentType()).startsWith("application/problem+json");
                assertThat(reply.text("code")).isIn("INVALID_CREDENTIALS", "TOO_MANY_ATTEMPTS", "SIGN_IN_BUSY");
                if (reply.status() == 503) {
                    assertThat(reply.header("Retry-After")).isEqualTo("1");
                }
            }
            assertThat(statuses.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(signIns);
            for (Future<Reply> answer : searchAnswers) {
                Reply reply = answer.get();
                assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
                assertThat(reply.json().get("slots")).hasSize(60);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(health().statusCode()).isEqualTo(200);
        Reply session = signIn(newClient(), bystander.tenantId(), bystanderOwner, Tenants.PASSWORD);
        assertThat(session.status()).as(session.toString()).isEqualTo(201);
        assertThat(api().get("/users/me", session.text("token")).text("email")).isEqualTo(bystanderOwner);
    }

    private static <T> Callable<T> started(CountDownLatch start, Callable<T> work) {
        return () -> {
            start.await();
            return work.call();
        };
    }

    private HttpResponse<String> health() throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + APP.getAdminPort() + "/healthcheck")).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
