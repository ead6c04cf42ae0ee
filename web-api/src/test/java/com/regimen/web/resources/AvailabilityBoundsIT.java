package com.regimen.web.resources;

import com.regimen.core.booking.Availability;
import com.regimen.core.testing.TestDatabase;
import com.regimen.core.testing.TestDatabases;
import com.regimen.web.RegimenConfiguration;
import com.regimen.web.testing.Api;
import com.regimen.web.testing.Reply;
import com.regimen.web.testing.TestApps;
import com.regimen.web.testing.Tenants;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #23: one availability search must not take the server down. Opening hours that end near
 * midnight once made the slot loop wrap past 00:00 and never end; a search is also bounded in work.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class AvailabilityBoundsIT {
    private static final TestDatabase DB = TestDatabases.create();
    private static final DropwizardAppExtension<RegimenConfiguration> APP = TestApps.app(DB);
    private static final List<String> DAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");

    private Api api() {
        return TestApps.api(APP);
    }

    @Test
    void hoursEndingAt2350AnswerEveryStartUpToTheLastThatFits() {
        LateClinic c = openLate("08:00", "23:50", 1);

        Reply reply = api().get("/availability?locationId=" + c.location() + "&treatmentId=prp&from=2027-01-10"
                + "&to=2027-01-10", c.key());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        List<String> starts = reply.json().get("slots").findValuesAsText("start");
        // 60-minute PRP sessions every 15 minutes from 08:00; the last that ends by 23:50 starts at 22:45.
        assertThat(starts).hasSize(60);
        assertThat(starts.get(0)).isEqualTo("2027-01-10T08:00:00Z");
        assertThat(starts.get(starts.size() - 1)).isEqualTo("2027-01-10T22:45:00Z");
    }

    @Test
    void hoursToTheLastMinuteOfTheDayOverAMonthEndToo() {
        LateClinic c = openLate("00:00", "23:59", 1);

        Reply reply = api().get("/availability?locationId=" + c.location() + "&treatmentId=prp&from=2027-01-01"
                + "&to=2027-01-31", c.key());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        // 00:00 to 22:45 is 92 starts a day, for 31 days (clock stands before 2027).
        assertThat(reply.json().get("slots")).hasSize(92 * 31);
    }

    @Test
    void aSearchThatWouldWeighTooManyCandidatesIsRefusedWithACode() {
        int practitioners = Availability.MAX_CANDIDATES / (96 * 31) + 1;
        LateClinic c = openLate("00:00", "23:59", practitioners);

        Reply broad = api().get("/availability?locationId=" + c.location() + "&treatmentId=prp&from=2027-01-01"
                + "&to=2027-01-31", c.key());
        Reply oneDay = api().get("/availability?locationId=" + c.location() + "&treatmentId=prp&from=2027-01-01"
                + "&to=2027-01-01", c.key());

        assertThat(broad.status()).as(broad.toString()).isEqualTo(422);
        assertThat(broad.contentType()).startsWith("application/problem+json");
        assertThat(broad.text("code")).isEqualTo("AVAILABILITY_TOO_BROAD");
        assertThat(oneDay.status()).as(oneDay.toString()).isEqualTo(200);
        assertThat(oneDay.json().get("slots")).hasSize(92 * practitioners);
    }

    record LateClinic(String key, String location) {
    }

    /** A location on UTC (Abidjan) open {@code from}-{@code to} every day, with physicians on shift all that time. */
    private LateClinic openLate(String from, String to, int physicians) {
        String key = Tenants.signUp(api(), "Late").apiKey();
        Map<String, Object> hours = new HashMap<>();
        DAYS.forEach(day -> hours.put(day, List.of(List.of(from, to))));
        Reply location = api().post("/locations", key, Map.of("name", "Night branch", "timezone", "Africa/Abidjan",
                "openingHours", hours, "slotMinutes", 15));
        assertThat(location.status()).as(location.toString()).isEqualTo(201);
        String locationId = location.text("id");
        List<Map<String, String>> schedule = new ArrayList<>();
        DAYS.forEach(day -> schedule.add(Map.of("locationId", locationId, "day", day, "from", from, "to", to)));
        assertThat(api().post("/rooms", key, Map.of("locationId", locationId, "name", "Room 1",
                "equipment", List.of("centrifuge"), "turnoverMinutes", 0)).status()).isEqualTo(201);
        for (int i = 0; i < physicians; i++) {
            assertThat(api().post("/practitioners", key, Map.of("name", "Dr. Night " + i,
                    "credentials", List.of("PHYSICIAN"), "schedule", schedule)).status()).isEqualTo(201);
        }
        assertThat(api().put("/treatments/prp/settings", key, Map.of("enabled", true,
                "prices", Map.of("session", 100_000))).status()).isEqualTo(200);
        for (String sku : List.of("prp-kit", "needle-blood-draw", "needle-30g")) {
            api().post("/inventory/items", key, Map.of("sku", sku, "name", sku, "unit", "piece"));
            assertThat(api().post("/inventory/receipts", key, Map.of("locationId", locationId, "sku", sku,
                    "lotNumber", "LOT-" + sku, "expiresOn", "2030-01-01", "quantity", 500)).status()).isEqualTo(201);
        }
        return new LateClinic(key, locationId);
    }
}
