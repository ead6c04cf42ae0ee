package com.regimen.web.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A clinic open late: hours that end near midnight, as once made the availability search loop for ever. */
public final class LateClinics {
    private static final List<String> DAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");

    private LateClinics() {
    }

    public record LateClinic(String key, String location) {
        public String availability(String from, String to) {
            return "/availability?locationId=" + location + "&treatmentId=prp&from=" + from + "&to=" + to;
        }
    }

    /** A location on UTC (Abidjan) open {@code from}-{@code to} every day, physicians on shift all that time, PRP. */
    public static LateClinic open(Api api, String apiKey, String from, String to, int physicians) {
        Map<String, Object> hours = new HashMap<>();
        DAYS.forEach(day -> hours.put(day, List.of(List.of(from, to))));
        Reply location = api.post("/locations", apiKey, Map.of("name", "Night branch", "timezone", "Africa/Abidjan",
                "openingHours", hours, "slotMinutes", 15));
        assertThat(location.status()).as(location.toString()).isEqualTo(201);
        String locationId = location.text("id");
        List<Map<String, String>> schedule = new ArrayList<>();
        DAYS.forEach(day -> schedule.add(Map.of("locationId", locationId, "day", day, "from", from, "to", to)));
        assertThat(api.post("/rooms", apiKey, Map.of("locationId", locationId, "name", "Room 1",
                "equipment", List.of("centrifuge"), "turnoverMinutes", 0)).status()).isEqualTo(201);
        for (int i = 0; i < physicians; i++) {
            assertThat(api.post("/practitioners", apiKey, Map.of("name", "Dr. Night " + i,
                    "credentials", List.of("PHYSICIAN"), "schedule", schedule)).status()).isEqualTo(201);
        }
        assertThat(api.put("/treatments/prp/settings", apiKey, Map.of("enabled", true,
                "prices", Map.of("session", 100_000))).status()).isEqualTo(200);
        for (String sku : List.of("prp-kit", "needle-blood-draw", "needle-30g")) {
            api.post("/inventory/items", apiKey, Map.of("sku", sku, "name", sku, "unit", "piece"));
            assertThat(api.post("/inventory/receipts", apiKey, Map.of("locationId", locationId, "sku", sku,
                    "lotNumber", "LOT-" + sku, "expiresOn", "2030-01-01", "quantity", 500)).status()).isEqualTo(201);
        }
        return new LateClinic(apiKey, locationId);
    }
}
