package com.regimen.web.resources;

import com.regimen.core.testing.TestDatabase;
import com.regimen.web.testing.SharedServer;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.auth.PublicEndpoint;
import com.regimen.web.testing.Api;
import com.regimen.web.testing.ClinicWithRecords;
import com.regimen.web.testing.Clinics;
import com.regimen.web.testing.Reply;
import com.regimen.web.testing.Routes;
import com.regimen.web.testing.TestApps;
import com.regimen.web.testing.Tenants;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route that takes an id in its path, read from the running server's resource model (so a
 * route added later is swept without anyone listing it), called by another clinic chain's owner
 * with this chain's real ids under the route's method: 404, never data, and not one of this
 * chain's rows changed. And every role-guarded route called by each role it does not allow: 403.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class IsolationSweepIT {
    private static final TestDatabase DB = SharedServer.DB;
    private static final DropwizardAppExtension<RegimenConfiguration> APP = SharedServer.APP;
    private static final Pattern FIRST_ID = Pattern.compile("/([a-z-]+)/\\{[^}]+}");
    /**
     * Path ids that are not a tenant's: the treatment catalogue is the same plugins for everyone,
     * message templates are named by event and language, and reports by their name (revenue.csv).
     */
    private static final Set<String> SHARED_KINDS = Set.of("treatments", "message-templates", "reports");
    private static final List<String> ROLES = ClinicWithRecords.ROLES;

    private static Clinics.Clinic victim;
    /** The victim's ids by the path segment naming their kind ("patients", "lots"...). */
    private static final Map<String, String> IDS = new HashMap<>();
    private static final Map<String, String> TOKENS_BY_ROLE = new HashMap<>();
    private static String attackerKey;

    /** Hostile by design: every request here is meant to be refused, so only the answers are held to the description. */
    private static Api api() {
        return TestApps.api(APP).hostile();
    }

    @BeforeAll
    static void twoClinicChains() {
        ClinicWithRecords records = ClinicWithRecords.make(api(), DB);
        victim = records.clinic();
        IDS.putAll(records.idsByKind());
        TOKENS_BY_ROLE.putAll(records.tokensByRole());
        attackerKey = Tenants.signUp(api(), "Rival").apiKey();
    }

    private static List<Routes.Route> routes() {
        return Routes.of(APP.getEnvironment().jersey().getResourceConfig());
    }

    private static String bodyFor(String method) {
        return method.equals("GET") || method.equals("DELETE") ? null : "{}";
    }

    @Test
    void anotherChainsIdsAre404UnderEveryMethodAndNothingOfItsChanges() {
        Map<String, List<String>> before = victimRows();
        List<String> swept = new ArrayList<>();
        for (Routes.Route route : routes()) {
            Matcher kind = FIRST_ID.matcher(route.path());
            if (!kind.find() || SHARED_KINDS.contains(kind.group(1))) {
                continue;
            }
            String id = IDS.get(kind.group(1));
            assertThat(id).as(route + " takes an id of a kind this sweep does not know: add one to IDS").isNotNull();
            String path = route.path().replaceAll("\\{[^}]+}", id);
            Reply first = api().send(route.httpMethod(), path, attackerKey, bodyFor(route.httpMethod()), Map.of());
            Reply reply = first;
            if (first.status() == 400 && "VALIDATION_FAILED".equals(first.text("code"))) {
                // The body is checked before the id is looked up: send a valid one so the id is what decides.
                String body = validBodies().get(route.toString());
                assertThat(body).as(route + " refuses {} before looking up its id: add a valid body for it to "
                        + "validBodies() so the sweep reaches the lookup").isNotNull();
                reply = api().send(route.httpMethod(), path, attackerKey, body, Map.of());
            }
            assertThat(reply.status()).as(route + " with another chain's id: " + reply).isEqualTo(404);
            assertThat(reply.contentType()).as(route.toString()).startsWith("application/problem+json");
            String answer = reply.body();
            IDS.values().forEach(victimId -> assertThat(answer).as(route.toString()).doesNotContain(victimId));
            swept.add(route.toString());
        }
        assertThat(swept).as("routes with a tenant's id in the path").hasSizeGreaterThanOrEqualTo(30);
        assertThat(victimRows()).as("the victim's rows, table by table").isEqualTo(before);
    }

    @Test
    void everyRoleThatARouteDoesNotAllowGets403() {
        int refused = 0;
        for (Routes.Route route : routes()) {
            if (route.javaMethod().isAnnotationPresent(PublicEndpoint.class)) {
                continue;
            }
            RolesAllowed allowed = route.javaMethod().isAnnotationPresent(RolesAllowed.class)
                    ? route.javaMethod().getAnnotation(RolesAllowed.class)
                    : route.javaMethod().getDeclaringClass().getAnnotation(RolesAllowed.class);
            Matcher kind = FIRST_ID.matcher(route.path());
            String path = kind.find() ? route.path().replaceAll("\\{[^}]+}",
                    IDS.getOrDefault(kind.group(1), "prp")) : route.path();
            for (String role : ROLES) {
                if (List.of(allowed.value()).contains(role)) {
                    continue;
                }
                Reply reply = api().send(route.httpMethod(), path, TOKENS_BY_ROLE.get(role),
                        bodyFor(route.httpMethod()), Map.of());
                assertThat(reply.status()).as(role + " on " + route + ": " + reply).isEqualTo(403);
                assertThat(reply.contentType()).as(route.toString()).startsWith("application/problem+json");
                refused++;
            }
        }
        assertThat(refused).as("role refusals checked").isGreaterThanOrEqualTo(20);
    }

    /** For the routes whose body is validated before the id in their path is looked up. */
    private static Map<String, String> validBodies() {
        Map<String, String> bodies = new HashMap<>(Map.of(
                "POST /appointments/{id}/payments", "{\"kind\":\"DEPOSIT\",\"method\":\"CASH\"}",
                "POST /appointments/{id}/discount", "{\"ruleId\":\"" + IDS.get("discounts")
                        + "\",\"reason\":\"taken over\"}",
                "POST /appointments/{id}/reschedule", "{\"start\":\"2027-01-11T07:00:00Z\"}",
                "PUT /inventory/items/{id}/par-level", "{\"locationId\":\"" + victim.location() + "\",\"parLevel\":5}",
                "PUT /patients/{id}/intake", "{\"answers\":{}}",
                "POST /patients/{id}/clearances", "{\"treatmentId\":\"exosome\",\"note\":\"cleared\"}",
                "POST /patients/{id}/patch-tests", "{\"treatmentId\":\"mesotherapy\","
                        + "\"appliedAt\":\"2025-06-01T08:00:00Z\",\"readAt\":\"2025-06-03T08:00:00Z\",\"reaction\":false}",
                "PUT /practitioners/{id}", "{\"name\":\"Taken over\",\"credentials\":[\"NURSE\"],\"schedule\":[]}",
                "POST /practitioners/{id}/time-off", "{\"from\":\"2027-01-10T06:00:00Z\","
                        + "\"to\":\"2027-01-10T12:00:00Z\"}",
                "PUT /users/{id}/role", "{\"role\":\"FRONT_DESK\"}"));
        bodies.put("PUT /terminal/locations/{id}", "{\"line1\":\"King Fahd Road\",\"city\":\"Riyadh\",\"country\":\"SA\"}");
        bodies.put("PATCH /terminal/readers/{id}", "{\"label\":\"Taken over\"}");
        bodies.put("PUT /locations/{id}/treatments/{treatmentId}", "{\"offered\":false}");
        bodies.put("PUT /patients/{id}/message-opt-outs", "{\"email\":true,\"sms\":true,\"whatsapp\":true}");
        bodies.put("POST /appointments/{id}/reader-payments", "{\"kind\":\"DEPOSIT\",\"readerId\":\"taken-over\"}");
        bodies.put("POST /patients/{id}/consents", "{\"treatmentId\":\"prp\",\"typedName\":\"Taken over\","
                + "\"mark\":\"data:image/png;base64,AAAA\"}");
        return bodies;
    }

    /** Every row of the victim in every table that has a tenant_id, as sorted text (hashes as hex). */
    private static Map<String, List<String>> victimRows() {
        String tenant = victim.tenant().tenantId();
        return DB.jdbi().withHandle(handle -> {
            Map<String, List<String>> rows = new LinkedHashMap<>();
            for (String table : handle.createQuery("SELECT table_name FROM information_schema.columns WHERE "
                    + "table_schema = DATABASE() AND column_name = 'tenant_id' ORDER BY table_name")
                    .mapTo(String.class).list()) {
                rows.put(table, handle.createQuery("SELECT * FROM " + table + " WHERE tenant_id = ?")
                        .bind(0, tenant).mapToMap().stream().map(IsolationSweepIT::text).sorted().toList());
            }
            return rows;
        });
    }

    private static String text(Map<String, Object> row) {
        Map<String, String> sorted = new TreeMap<>();
        row.forEach((column, value) -> sorted.put(column, value instanceof byte[] bytes
                ? HexFormat.of().formatHex(bytes) : String.valueOf(value)));
        return sorted.toString();
    }
}
