package com.regimen.web.resources;

import com.regimen.core.testing.TestDatabase;
import com.regimen.web.testing.SharedServer;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.auth.SessionCookie;
import com.regimen.web.testing.Api;
import com.regimen.web.testing.Reply;
import com.regimen.web.testing.TestApps;
import com.regimen.web.testing.TestRegimenApplication;
import com.regimen.web.testing.Tenants;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(DropwizardExtensionsSupport.class)
class SessionIT {
    private static final TestDatabase DB = SharedServer.DB;
    private static final DropwizardAppExtension<RegimenConfiguration> APP = SharedServer.APP;

    private Api api() {
        return TestApps.api(APP);
    }

    private Reply signIn(String tenantId, String email, String password) {
        return api().post("/sessions", null, Map.of("tenantId", tenantId, "email", email, "password", password));
    }

    @Test
    void signInIssuesAHashedExpiringTokenThatAuthenticates() {
        Tenants.Tenant tenant = Tenants.signUp(api(), "Glow");
        Reply session = signIn(tenant.tenantId(), tenant.ownerEmail(), Tenants.PASSWORD);

        assertThat(session.status()).isEqualTo(201);
        assertThat(session.text("role")).isEqualTo("OWNER");
        assertThat(session.text("expiresAt")).isNotNull();
        String token = session.text("token");
        assertThat(DB.count("SELECT COUNT(*) FROM staff_sessions WHERE tenant_id = ? AND token_hash <> ?",
                tenant.tenantId(), token)).isEqualTo(1);
        assertThat(api().get("/users/me", token).status()).isEqualTo(200);
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSameAnswer() {
        Tenants.Tenant tenant = Tenants.signUp(api(), "Glow");
        Reply wrongPassword = signIn(tenant.tenantId(), tenant.ownerEmail(), "wrong password!!");
        Reply unknownEmail = signIn(tenant.tenantId(), "nobody@clinic.example", Tenants.PASSWORD);
        Reply unknownTenant = signIn("01a20000-0000-7000-8000-000000000000", tenant.ownerEmail(), Tenants.PASSWORD);

        for (Reply reply : new Reply[]{wrongPassword, unknownEmail, unknownTenant}) {
            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.text("code")).isEqualTo("INVALID_CREDENTIALS");
        }
        assertThat(wrongPassword.body()).isEqualTo(unknownEmail.body()).isEqualTo(unknownTenant.body());
    }

    @Test
    void missingOrGarbageTokensAre401ProblemDocuments() {
        for (String token : new String[]{null, "garbage", "rgs_" + "0".repeat(36) + "_" + "a".repeat(43)}) {
            Reply reply = api().get("/users/me", token);
            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.text("code")).isEqualTo("UNAUTHENTICATED");
            assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer");
        }
    }

    @Test
    void signingOutRevokesTheTokenAtOnce() {
        Tenants.Tenant tenant = Tenants.signUp(api(), "Glow");
        String token = Tenants.signIn(api(), tenant.tenantId(), tenant.ownerEmail(), Tenants.PASSWORD);
        String other = Tenants.signIn(api(), tenant.tenantId(), tenant.ownerEmail(), Tenants.PASSWORD);

        assertThat(api().delete("/sessions/current", token).status()).isEqualTo(204);

        assertThat(api().get("/users/me", token).status()).isEqualTo(401);
        assertThat(api().get("/users/me", other).status()).as("other sessions live on").isEqualTo(200);
        assertThat(DB.count("SELECT COUNT(*) FROM audit_events WHERE tenant_id = ? AND action = 'session.revoked'",
                tenant.tenantId())).isEqualTo(1);
    }

    @Test
    void sessionsExpireAfterTheirLifetime() {
        Tenants.Tenant tenant = Tenants.signUp(api(), "Glow");
        String token = Tenants.signIn(api(), tenant.tenantId(), tenant.ownerEmail(), Tenants.PASSWORD);
        assertThat(api().get("/users/me", token).status()).isEqualTo(200);

        TestRegimenApplication.CLOCK.advance(Duration.ofMinutes(61)); // test config: 1h lifetime

        assertThat(api().get("/users/me", token).status()).isEqualTo(401);
        assertThat(api().get("/api-keys", tenant.apiKey()).status()).as("API keys do not expire")
                .isEqualTo(200);
    }

    @Test
    void repeatedFailuresLockTheAccountOutForAWhile() {
        Tenants.Tenant tenant = Tenants.signUp(api(), "Glow");
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(tenant.tenantId(), tenant.ownerEmail(), "guess number " + i).status()).isEqualTo(401);
        }
        Reply locked = signIn(tenant.tenantId(), tenant.ownerEmail(), Tenants.PASSWORD);
        assertThat(locked.status()).as("even the right password waits").isEqualTo(429);
        assertThat(locked.text("code")).isEqualTo("TOO_MANY_ATTEMPTS");
        assertThat(Integer.parseInt(locked.header("Retry-After"))).isBetween(1, 15 * 60);

        TestRegimenApplication.CLOCK.advance(Duration.ofMinutes(16));

        assertThat(signIn(tenant.tenantId(), tenant.ownerEmail(), Tenants.PASSWORD).status()).isEqualTo(201);
    }

    @Test
    void anApiKeyCannotSignOut() {
        Tenants.Tenant tenant = Tenants.signUp(api(), "Glow");
        Reply reply = api().delete("/sessions/current", tenant.apiKey());
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.text("code")).isEqualTo("NOT_A_SESSION");
    }

    @Test
    void theBrowserSessionIsAnHttpOnlyCookieAcceptedOnlyWithTheClientHeader() {
        Tenants.Tenant tenant = Tenants.signUp(api(), "Glow");
        Reply session = api().post("/sessions", null, Map.of("tenantId", tenant.tenantId(),
                "email", tenant.ownerEmail(), "password", Tenants.PASSWORD, "cookie", true));
        assertThat(session.status()).isEqualTo(201);
        assertThat(session.json().get("token").isNull()).as("not readable by the page's scripts").isTrue();
        String setCookie = session.header("Set-Cookie");
        assertThat(setCookie).startsWith(SessionCookie.NAME + "=").contains("HttpOnly").contains("SameSite=Strict")
                .contains("Path=/v1");
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));

        Reply withoutHeader = api().send("GET", "/users/me", null, null, Map.of("Cookie", cookie));
        assertThat(withoutHeader.status()).as("another site's form or image cannot add the header").isEqualTo(401);
        Reply withHeader = api().send("GET", "/users/me", null, null,
                Map.of("Cookie", cookie, SessionCookie.CLIENT_HEADER, "ui"));
        assertThat(withHeader.status()).isEqualTo(200);
        assertThat(withHeader.text("role")).isEqualTo("OWNER");

        Reply out = api().send("DELETE", "/sessions/current", null, null,
                Map.of("Cookie", cookie, SessionCookie.CLIENT_HEADER, "ui"));
        assertThat(out.status()).isEqualTo(204);
        assertThat(out.header("Set-Cookie")).contains("Max-Age=0");
        assertThat(api().send("GET", "/users/me", null, null, Map.of("Cookie", cookie, SessionCookie.CLIENT_HEADER,
                "ui")).status()).as("revoked").isEqualTo(401);
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        for (String path : new String[] {"/", "/v1/openapi.json"}) {
            Reply page = api().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(api().base().replace("/v1", "") + path)).GET().build());
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.header("Content-Security-Policy")).contains("default-src 'self'")
                    .contains("frame-ancestors 'none'");
            assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        }
    }
}
