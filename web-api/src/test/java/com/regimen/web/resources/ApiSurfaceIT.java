package com.regimen.web.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.regimen.core.testing.TestDatabase;
import com.regimen.web.testing.SharedServer;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.auth.PublicEndpoint;
import com.regimen.web.testing.Api;
import com.regimen.web.testing.Reply;
import com.regimen.web.testing.Routes;
import com.regimen.web.testing.TestApps;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the whole API, checked over every route the running server has, so a route added
 * later is covered without anyone listing it here.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ApiSurfaceIT {
    private static final TestDatabase DB = SharedServer.DB;
    private static final DropwizardAppExtension<RegimenConfiguration> APP = SharedServer.APP;

    private Api api() {
        return TestApps.api(APP);
    }

    private List<Routes.Route> routes() {
        List<Routes.Route> routes = Routes.of(APP.getEnvironment().jersey().getResourceConfig());
        assertThat(routes).hasSizeGreaterThanOrEqualTo(10);
        return routes;
    }

    @Test
    void everyRouteIsEitherRoleGuardedOrDeliberatelyPublic() {
        for (Routes.Route route : routes()) {
            var method = route.javaMethod();
            boolean guarded = method.isAnnotationPresent(RolesAllowed.class)
                    || method.getDeclaringClass().isAnnotationPresent(RolesAllowed.class);
            boolean isPublic = method.isAnnotationPresent(PublicEndpoint.class);
            assertThat(guarded ^ isPublic).as(route + " must have exactly one of @RolesAllowed, @PublicEndpoint")
                    .isTrue();
        }
    }

    @Test
    void everyGuardedRouteAnswers401WithoutCredentials() {
        for (Routes.Route route : routes()) {
            if (route.javaMethod().isAnnotationPresent(PublicEndpoint.class)) {
                continue;
            }
            String path = route.path().replaceAll("\\{[^}]+}", "01a20000-0000-7000-8000-000000000000");
            Reply reply = api().send(route.httpMethod(), path, null,
                    route.httpMethod().equals("GET") || route.httpMethod().equals("DELETE") ? null : "{}",
                    java.util.Map.of());
            assertThat(reply.status()).as(route.toString()).isEqualTo(401);
            assertThat(reply.contentType()).as(route.toString()).startsWith("application/problem+json");
        }
    }

    @Test
    void theOpenApiDescriptionListsEveryRoute() {
        JsonNode paths = api().get("/openapi.json", null).json().get("paths");
        for (Routes.Route route : routes()) {
            if (route.path().equals("/openapi.json")) {
                continue;
            }
            JsonNode path = paths.get(route.path());
            assertThat(path).as("OpenAPI has " + route.path()).isNotNull();
            assertThat(path.get(route.httpMethod().toLowerCase(Locale.ROOT))).as("OpenAPI has " + route).isNotNull();
        }
    }

    @Test
    void healthChecksCoverTheDatabaseAndMigrations() throws Exception {
        HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + APP.getAdminPort() + "/healthcheck")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        JsonNode checks = new com.fasterxml.jackson.databind.ObjectMapper().readTree(health.body());
        assertThat(checks.get("database").get("healthy").asBoolean()).isTrue();
        assertThat(checks.get("migrations").get("healthy").asBoolean()).isTrue();
        assertThat(checks.get("migrations").get("message").asText()).isEqualTo("schema is current");
    }
}
