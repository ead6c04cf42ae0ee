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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(DropwizardExtensionsSupport.class)
class SchedulingIT {
    private static final TestDatabase DB = SharedServer.DB;
    private static final DropwizardAppExtension<RegimenConfiguration> APP = SharedServer.APP;

    private Api api() {
        return TestApps.api(APP);
    }

    static Map<String, Object> riyadh() {
        Map<String, Object> location = new HashMap<>();
        location.put("name", "Riyadh — Olaya");
        location.put("timezone", "Asia/Riyadh");
        location.put("openingHours", Map.of("SUN", List.of(List.of("09:00", "13:00"), List.of("16:00", "21:00")),
                "MON", List.of(List.of("09:00", "21:00"))));
        location.put("closures", List.of(Map.of("date", "2026-12-02", "reason", "National holiday")));
        location.put("accreditations", List.of("stem-cell"));
        return location;
    }

    private static String firstError(Reply reply) {
        return reply.json().get("errors").get(0).get("field").asText();
    }

    @Test
    void aLocationIsCreatedReadUpdatedAndDeactivated() {
        Tenants.Tenant tenant = Tenants.signUp(api(), "Glow");
        Reply created = api().post("/locations", tenant.apiKey(), riyadh());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.text("timezone")).isEqualTo("Asia/Riyadh");
        assertThat(created.text("currency")).isEqualTo("SAR");
        assertThat(created.json().get("slotMinutes").asInt()).isEqualTo(15);
        assertThat(created.json().get("openingHours").get("SUN").get(1).get(0).asText()).isEqualTo("16:00");
        String id = created.text("id");

        Map<String, Object> changed = riyadh();
        changed.put("name", "Riyadh — Olaya 2");
        changed.put("slotMinutes", 30);
        Reply updated = api().put("/locations/" + id, tenant.apiKey(), changed);
        assertThat(updated.text("name")).isEqualTo("Riyadh — Olaya 2");
        assertThat(api().get("/locations/" + id, tenant.apiKey()).json().get("slotMinutes").asInt()).isEqualTo(30);
        assertThat(api().post("/locations/" + id + "/deactivate", tenant.apiKey(), "{}").json().get("active")
                .asBoolean()).isFalse();
        assertThat(api().get("/locations", tenant.apiKey()).json().get("data")).hasSize(1);
        assertThat(DB.count("SELECT COUNT(*) FROM audit_events WHERE tenant_id = ? AND entity_id = ?",
                tenant.tenantId(), id)).isEqualTo(3);
    }

    @Test
    void badLocationsNameTheField() {
        Tenants.Tenant tenant = Tenants.signUp(api(), "Glow");
        Map<String, Object> zone = riyadh();
        zone.put("timezone", "Mars/Olympus_Mons");
        assertThat(firstError(api().post("/locations", tenant.apiKey(), zone))).isEqualTo("timezone");

        Map<String, Object> overlap = riyadh();
        overlap.put("openingHours", Map.of("SUN", List.of(List.of("09:00", "14:00"), List.of("13:00", "18:00"))));
        assertThat(firstError(api().post("/locations", tenant.apiKey(), overlap))).isEqualTo("openingHours.SUN");

        Map<String, Object> backwards = riyadh();
        backwards.put("openingHours", Map.of("MON", List.of(List.of("18:00", "09:00"))));
        assertThat(firstError(api().post("/locations", tenant.apiKey(), backwards))).isEqualTo("openingHours.MON[0]");

        Map<String, Object> day = riyadh();
        day.put("openingHours", Map.of("FUNDAY", List.of(List.of("09:00", "10:00"))));
        assertThat(firstError(api().post("/locations", tenant.apiKey(), day))).isEqualTo("openingHours.FUNDAY");

        Map<String, Object> date = riyadh();
        date.put("closures", List.of(Map.of("date", "2026-02-30")));
        Reply impossible = api().post("/locations", tenant.apiKey(), date);
        assertThat(impossible.status()).isEqualTo(400);
        assertThat(DB.count("SELECT COUNT(*) FROM locations WHERE tenant_id = ?", tenant.tenantId())).isZero();
    }

    @Test
    void roomsAndPractitionersBelongToLocations() {
        Tenants.Tenant tenant = Tenants.signUp(api(), "Glow");
        String location = api().post("/locations", tenant.apiKey(), riyadh()).text("id");

        Reply room = api().post("/rooms", tenant.apiKey(), Map.of("locationId", location, "name", "Room 1",
                "equipment", List.of("centrifuge"), "turnoverMinutes", 15));
        assertThat(room.status()).isEqualTo(201);
        assertThat(room.json().get("equipment").get(0).asText()).isEqualTo("centrifuge");
        assertThat(firstError(api().post("/rooms", tenant.apiKey(), Map.of("locationId", "nope", "name", "X"))))
                .isEqualTo("locationId");
        assertThat(firstError(api().post("/rooms", tenant.apiKey(), Map.of("locationId", location, "name", "X",
                "turnoverMinutes", -5)))).isEqualTo("turnoverMinutes");

        Reply practitioner = api().post("/practitioners", tenant.apiKey(), Map.of("name", "Dr. Huda",
                "credentials", List.of("PHYSICIAN", Map.of("type", "NURSE", "licenceNumber", "SCFHS-991",
                        "expiresOn", "2030-06-30")),
                "schedule", List.of(Map.of("locationId", location, "day", "SUN", "from", "09:00", "to", "17:00"))));
        assertThat(practitioner.status()).as(practitioner.toString()).isEqualTo(201);
        assertThat(practitioner.json().get("credentials")).hasSize(2);
        assertThat(practitioner.json().get("credentials").get(1).get("licenceNumber").asText()).isEqualTo("SCFHS-991");

        Reply overlapping = api().post("/practitioners", tenant.apiKey(), Map.of("name", "Dr. X",
                "credentials", List.of("PHYSICIAN"),
                "schedule", List.of(Map.of("locationId", location, "day", "SUN", "from", "09:00", "to", "17:00"),
                        Map.of("locationId", location, "day", "SUN", "from", "16:00", "to", "18:00"))));
        assertThat(firstError(overlapping)).isEqualTo("schedule[1]");
        Reply backwards = api().post("/practitioners", tenant.apiKey(), Map.of("name", "Dr. X",
                "schedule", List.of(Map.of("locationId", location, "day", "SUN", "from", "17:00", "to", "09:00"))));
        assertThat(firstError(backwards)).isEqualTo("schedule[0].to");
        assertThat(firstError(api().post("/practitioners", tenant.apiKey(), Map.of("name", "Dr. X",
                "credentials", List.of("SURGEON"))))).isEqualTo("credentials[0].type");

        String id = practitioner.text("id");
        Reply timeOff = api().post("/practitioners/" + id + "/time-off", tenant.apiKey(), Map.of(
                "from", "2026-12-10T06:00:00Z", "to", "2026-12-12T18:00:00Z", "reason", "Conference"));
        assertThat(timeOff.status()).isEqualTo(201);
        assertThat(api().post("/practitioners/" + id + "/time-off", tenant.apiKey(), Map.of(
                "from", "2026-12-12T06:00:00Z", "to", "2026-12-10T18:00:00Z")).status()).isEqualTo(400);
        assertThat(api().get("/practitioners/" + id + "/time-off", tenant.apiKey()).json().get("data")).hasSize(1);
    }

    @Test
    void frontDeskReadsButDoesNotChangeTheChain() {
        Tenants.Tenant tenant = Tenants.signUp(api(), "Glow");
        Tenants.Staff frontDesk = Tenants.staff(api(), tenant, "FRONT_DESK");
        assertThat(api().post("/locations", frontDesk.token(), riyadh()).status()).isEqualTo(403);
        String location = api().post("/locations", tenant.apiKey(), riyadh()).text("id");
        assertThat(api().get("/locations/" + location, frontDesk.token()).status()).isEqualTo(200);
        assertThat(api().post("/rooms", frontDesk.token(), Map.of("locationId", location, "name", "R")).status())
                .isEqualTo(403);
    }

    @Test
    void anotherTenantsLocationsRoomsAndPractitionersAre404() {
        Tenants.Tenant a = Tenants.signUp(api(), "A");
        Tenants.Tenant b = Tenants.signUp(api(), "B");
        String location = api().post("/locations", a.apiKey(), riyadh()).text("id");
        String room = api().post("/rooms", a.apiKey(), Map.of("locationId", location, "name", "R")).text("id");
        String practitioner = api().post("/practitioners", a.apiKey(), Map.of("name", "Dr. A")).text("id");

        for (String path : List.of("/locations/" + location, "/rooms/" + room, "/practitioners/" + practitioner,
                "/practitioners/" + practitioner + "/time-off")) {
            assertThat(api().get(path, b.apiKey()).status()).as(path).isEqualTo(404);
        }
        assertThat(api().put("/locations/" + location, b.apiKey(), riyadh()).status()).isEqualTo(404);
        assertThat(api().put("/rooms/" + room, b.apiKey(), Map.of("locationId", location, "name", "R")).status())
                .isEqualTo(404);
        assertThat(api().put("/practitioners/" + practitioner, b.apiKey(), Map.of("name", "X")).status())
                .isEqualTo(404);
        for (String path : List.of("/locations/" + location, "/rooms/" + room, "/practitioners/" + practitioner)) {
            assertThat(api().post(path + "/deactivate", b.apiKey(), "{}").status()).as(path).isEqualTo(404);
        }
        assertThat(api().post("/practitioners/" + practitioner + "/time-off", b.apiKey(), Map.of(
                "from", "2026-12-10T06:00:00Z", "to", "2026-12-12T18:00:00Z")).status()).isEqualTo(404);
        assertThat(firstError(api().post("/rooms", b.apiKey(), Map.of("locationId", location, "name", "Mine now"))))
                .isEqualTo("locationId");
        assertThat(api().get("/rooms?locationId=" + location, b.apiKey()).json().get("data")).isEmpty();
        assertThat(api().get("/locations/" + location, a.apiKey()).json().get("active").asBoolean()).isTrue();
    }
}
