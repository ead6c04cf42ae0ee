package com.regimen.web.resources;

import com.regimen.core.testing.TestDatabase;
import com.regimen.web.testing.SharedServer;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.testing.Api;
import com.regimen.web.testing.Reply;
import com.regimen.web.testing.TestApps;
import com.regimen.web.testing.Tenants;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad requests of every kind get a 4xx problem+json with a stable code: never a 500, never a stack trace. */
@ExtendWith(DropwizardExtensionsSupport.class)
class MalformedRequestIT {
    private static final TestDatabase DB = SharedServer.DB;
    private static final DropwizardAppExtension<RegimenConfiguration> APP = SharedServer.APP;
    private static Tenants.Tenant tenant;

    /** Hostile by design: every request here is meant to be refused, so only the answers are held to the description. */
    private static Api api() {
        return TestApps.api(APP).hostile();
    }

    @BeforeAll
    static void signUp() {
        tenant = Tenants.signUp(api(), "Glow");
    }

    private static void assertProblem(Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.text("code")).isEqualTo(code);
        assertThat(reply.json().get("status").asInt()).isEqualTo(status);
        assertThat(reply.json().get("title")).isNotNull();
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("at com.");
    }

    @Test
    void malformedJson() {
        assertProblem(api().send("POST", "/users", tenant.apiKey(), "{\"email\": ", Map.of()), 400, "MALFORMED_JSON");
        assertProblem(api().send("POST", "/signup", null, "not json at all", Map.of()), 400, "MALFORMED_JSON");
    }

    @Test
    void wrongTypesNameTheField() {
        Reply reply = api().send("POST", "/users", tenant.apiKey(),
                "{\"email\":\"a@b.example\",\"password\":\"" + Tenants.PASSWORD + "\",\"name\":\"A\",\"role\":\"KING\"}",
                Map.of());
        assertProblem(reply, 400, "INVALID_TYPE");
        assertThat(reply.json().get("errors").get(0).get("field").asText()).isEqualTo("role");

        Reply array = api().send("POST", "/users", tenant.apiKey(), "[1,2,3]", Map.of());
        assertProblem(array, 400, "MALFORMED_BODY");
    }

    @Test
    void unknownFieldsAreRefusedNotIgnored() {
        Reply reply = api().send("POST", "/api-keys", tenant.apiKey(), "{\"name\":\"k\",\"rol\":\"OWNER\"}", Map.of());
        assertProblem(reply, 400, "UNKNOWN_FIELD");
        assertThat(reply.json().get("errors").get(0).get("field").asText()).isEqualTo("rol");
    }

    @Test
    void missingBodyAndMissingFields() {
        Reply empty = api().send("POST", "/api-keys", tenant.apiKey(), "", Map.of());
        assertProblem(empty, 400, "VALIDATION_FAILED");
        Reply missing = api().send("POST", "/users", tenant.apiKey(), "{}", Map.of());
        assertProblem(missing, 400, "VALIDATION_FAILED");
        assertThat(missing.json().get("errors")).hasSize(4);
    }

    @Test
    void oversizeBodies() {
        String huge = "{\"name\":\"" + "x".repeat(70 * 1024) + "\"}";
        assertProblem(api().send("POST", "/api-keys", tenant.apiKey(), huge, Map.of()), 413, "PAYLOAD_TOO_LARGE");
        assertProblem(api().send("POST", "/signup", null, huge, Map.of()), 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void unknownRoutesWrongMethodsAndMediaTypes() {
        assertProblem(api().get("/no-such-thing", tenant.apiKey()), 404, "NOT_FOUND");
        assertProblem(api().get("http://127.0.0.1:" + APP.getLocalPort() + "/elsewhere", null), 404, "NOT_FOUND");
        Reply method = api().send("PUT", "/signup", null, "{}", Map.of());
        assertProblem(method, 405, "METHOD_NOT_ALLOWED");
        assertThat(method.header("Allow")).contains("POST");
        assertProblem(api().send("POST", "/signup", null, "tenantName=x",
                Map.of("Content-Type", "application/x-www-form-urlencoded")), 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void invalidUtf8IsABadRequest() {
        byte[] body = {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        Reply reply = api().send(HttpRequest.newBuilder(URI.create(api().base() + "/api-keys"))
                .header("Authorization", "Bearer " + tenant.apiKey())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }
}
