package com.regimen.bench;

import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The clinic chain the benchmarks book into, made through the public API as a clinic would make
 * it: one branch open 07:00 to 22:00 every day, 20 practitioners on shift whenever it is open, 10
 * centrifuge rooms with 15 minutes' turnover, PRP offered, a million of each consumable in stock,
 * and patients whose intake clears them for PRP. The data generator copies its rows to make the
 * other tenants.
 */
public record BenchClinic(String tenantId, String ownerUserId, String apiKey, String locationId, ZoneId zone,
                          List<String> rooms, List<String> practitioners, List<String> patients) {
    public static final String TREATMENT = "prp";
    public static final int ROOMS = 10;
    public static final int PRACTITIONERS = 20;
    public static final String OPENS = "07:00";
    public static final String CLOSES = "22:00";
    private static final List<String> DAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");
    private static final List<String> CONSUMABLES = List.of("prp-kit", "needle-blood-draw", "needle-30g");

    public static BenchClinic open(RegimenHttp api, int patientCount) throws IOException, InterruptedException {
        RegimenHttp.Reply signup = api.post("/signup", null, Map.of("tenantName", "Benchmark Clinics",
                "ownerEmail", "owner-" + UUID.randomUUID() + "@bench.example", "ownerPassword", "bench-password-2026",
                "currency", "SAR", "locale", "en")).expect(201, "sign up");
        String key = signup.text("apiKey");
        Map<String, Object> hours = new HashMap<>();
        DAYS.forEach(day -> hours.put(day, List.of(List.of(OPENS, CLOSES))));
        ZoneId zone = ZoneId.of("Asia/Riyadh");
        String location = api.post("/locations", key, Map.of("name", "Riyadh Olaya", "timezone", zone.getId(),
                "openingHours", hours, "slotMinutes", 15)).expect(201, "location").text("id");
        List<String> rooms = new ArrayList<>();
        for (int i = 1; i <= ROOMS; i++) {
            rooms.add(api.post("/rooms", key, Map.of("locationId", location, "name", "Room " + i,
                    "equipment", List.of("centrifuge"), "turnoverMinutes", 15)).expect(201, "room").text("id"));
        }
        List<Map<String, String>> schedule = DAYS.stream()
                .map(day -> Map.of("locationId", location, "day", day, "from", OPENS, "to", CLOSES)).toList();
        List<String> practitioners = new ArrayList<>();
        for (int i = 1; i <= PRACTITIONERS; i++) {
            practitioners.add(api.post("/practitioners", key, Map.of("name", "Nurse " + i,
                    "credentials", List.of("NURSE"), "schedule", schedule)).expect(201, "practitioner").text("id"));
        }
        api.put("/treatments/" + TREATMENT + "/settings", key, Map.of("enabled", true,
                "prices", Map.of("session", 150_000))).expect(200, "PRP settings");
        for (String sku : CONSUMABLES) {
            api.post("/inventory/items", key, Map.of("sku", sku, "name", sku, "unit", "piece")).expect(201, sku);
            api.post("/inventory/receipts", key, Map.of("locationId", location, "sku", sku, "lotNumber",
                    "BENCH-" + sku, "expiresOn", "2035-01-01", "quantity", 1_000_000)).expect(201, "receipt " + sku);
        }
        List<String> patients = new ArrayList<>();
        Map<String, Object> intake = clearIntake(api, key);
        for (int i = 1; i <= patientCount; i++) {
            String patient = api.post("/patients", key, Map.of("name", "Patient " + i, "locale", i % 2 == 0 ? "ar" : "en"))
                    .expect(201, "patient").text("id");
            api.put("/patients/" + patient + "/intake", key, Map.of("answers", intake))
                    .expect(200, "intake");
            patients.add(patient);
        }
        rooms.sort(null);
        practitioners.sort(null);
        return new BenchClinic(signup.text("tenantId"), signup.text("ownerUserId"), key, location, zone,
                List.copyOf(rooms), List.copyOf(practitioners), List.copyOf(patients));
    }

    /** Every question of the clinic's intake form answered "no" (or none): screening clears the patient. */
    private static Map<String, Object> clearIntake(RegimenHttp api, String key) throws IOException, InterruptedException {
        Map<String, Object> answers = new HashMap<>();
        for (var question : api.get("/intake-form", key).expect(200, "intake form").body().path("questions")) {
            switch (question.path("type").asText()) {
                case "BOOLEAN" -> answers.put(question.path("code").asText(), false);
                case "LIST" -> answers.put(question.path("code").asText(), List.of());
                default -> {
                    // text and dates are not screening questions for PRP: left unanswered
                }
            }
        }
        return answers;
    }
}
