package com.regimen.web.resources;

import com.regimen.core.testing.TestDatabase;
import com.regimen.core.testing.TestDatabases;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.testing.Api;
import com.regimen.web.testing.Reply;
import com.regimen.web.testing.TestApps;
import com.regimen.web.testing.Tenants;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #23: a request cannot hold the server for ever, and a JVM broken by a fatal error says so.
 * Database statements here may run one second; the fatal-error test runs last, as it leaves this
 * server unhealthy for good (as a real one would be until restarted).
 */
@ExtendWith(DropwizardExtensionsSupport.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServerFitnessIT {
    private static final TestDatabase DB = TestDatabases.create();
    private static final DropwizardAppExtension<RegimenConfiguration> APP = TestApps.app(DB,
            ConfigOverride.config("limits.statementTimeout", "1s"));

    private Api api() {
        return TestApps.api(APP);
    }

    @Test
    @Order(1)
    void aStatementStuckBehindALockIsStoppedAtTheTimeLimitAnd503dWithNothingChanged() {
        Tenants.Tenant tenant = Tenants.signUp(api(), "Glow");
        String location = api().post("/locations", tenant.apiKey(), Map.of("name", "Branch",
                "timezone", "Asia/Riyadh")).text("id");

        Reply stuck;
        // Another transaction holds the location's row; the default lock wait would be 50 seconds.
        try (Handle blocker = DB.jdbi().open()) {
            blocker.begin();
            blocker.createQuery("SELECT id FROM locations WHERE tenant_id = :t AND id = :id FOR UPDATE")
                    .bind("t", tenant.tenantId()).bind("id", location).mapTo(String.class).one();
            stuck = api().post("/locations/" + location + "/deactivate", tenant.apiKey(), Map.of());
            blocker.rollback();
        }

        assertThat(stuck.status()).as(stuck.toString()).isEqualTo(503);
        assertThat(stuck.contentType()).startsWith("application/problem+json");
        assertThat(stuck.text("code")).isEqualTo("REQUEST_TIMED_OUT");
        assertThat(stuck.header("Retry-After")).isEqualTo("2");
        assertThat(api().get("/locations/" + location, tenant.apiKey()).json().get("active").asBoolean())
                .as("nothing was changed").isTrue();
        Reply retried = api().post("/locations/" + location + "/deactivate", tenant.apiKey(), Map.of());
        assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
    }

    @Test
    @Order(2)
    void afterAFatalErrorInAnyThreadTheHealthCheckTurnsRedAndStaysRed() throws Exception {
        assertThat(health().statusCode()).isEqualTo(200);

        Thread dying = new Thread(() -> {
            throw new OutOfMemoryError("simulated by ServerFitnessIT");
        }, "dying-worker");
        dying.start();
        dying.join();

        HttpResponse<String> after = health();
        assertThat(after.statusCode()).isEqualTo(500);
        assertThat(after.body()).contains("\"jvm\"").contains("OutOfMemoryError in thread dying-worker");
        assertThat(health().statusCode()).as("still red").isEqualTo(500);
    }

    private HttpResponse<String> health() throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + APP.getAdminPort() + "/healthcheck")).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
