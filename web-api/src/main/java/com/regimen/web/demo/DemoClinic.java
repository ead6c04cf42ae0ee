package com.regimen.web.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A demo clinic chain for a newcomer's first five minutes: two locations, rooms, practitioners,
 * stock with lots near expiry, patients and a week of appointments. Made once, through the public
 * API like any integration would (so it can only contain what the API allows), and its sign-in
 * printed at every start. Turned off with DEMO_DATA=false.
 */
public final class DemoClinic {
    private static final Logger LOG = LoggerFactory.getLogger(DemoClinic.class);
    public static final String TENANT_NAME = "Lumen Clinics (demo)";
    public static final String OWNER_EMAIL = "owner@demo.regimen.example";
    public static final String DESK_EMAIL = "desk@demo.regimen.example";
    /** Signs in as Dr. Huda Al-Saud (a PHYSICIAN practitioner in Riyadh): the one who may record clearances. */
    public static final String DOCTOR_EMAIL = "doctor@demo.regimen.example";
    /** Published in the README: the demo is for trying things, never for real patients. */
    public static final String PASSWORD = "demo-password-2026";

    private final Jdbi jdbi;
    private final ObjectMapper json;
    private final Clock clock;
    private final HttpClient http = HttpClient.newHttpClient();
    private String base;
    private String key;
    private String doctorUserId;

    public DemoClinic(Jdbi jdbi, ObjectMapper json, Clock clock) {
        this.jdbi = jdbi;
        this.json = json;
        this.clock = clock;
    }

    /** The demo tenant's id, making it first if there is none. */
    public String ensure(int port) {
        base = "http://127.0.0.1:" + port + "/v1";
        Optional<String> existing = jdbi.withHandle(handle -> handle.attach(DemoTenantDao.class).find(TENANT_NAME));
        String tenantId = existing.orElseGet(this::create);
        LOG.info("Demo clinic chain ready. Open http://localhost:{}/?tenant={} and sign in as {} (front desk), {} "
                + "(physician) or {} (owner), password {}. Turn the demo off with DEMO_DATA=false.", port, tenantId,
                DESK_EMAIL, DOCTOR_EMAIL,
                OWNER_EMAIL, PASSWORD);
        return tenantId;
    }

    private String create() {
        JsonNode signup = post("/signup", Map.of("tenantName", TENANT_NAME, "ownerEmail", OWNER_EMAIL,
                "ownerPassword", PASSWORD, "ownerName", "Dr. Lina Haddad", "currency", "SAR", "locale", "en"));
        key = signup.get("apiKey").asText();
        // The demo's shared password is public by design: nobody is asked to replace it.
        post("/users", Map.of("email", DESK_EMAIL, "password", PASSWORD, "name", "Sara (front desk)",
                "role", "FRONT_DESK", "passwordChangeRequired", false));
        post("/users", Map.of("email", "manager@demo.regimen.example", "password", PASSWORD,
                "name", "Omar (manager)", "role", "MANAGER", "passwordChangeRequired", false));
        doctorUserId = post("/users", Map.of("email", DOCTOR_EMAIL, "password", PASSWORD,
                "name", "Dr. Huda Al-Saud", "role", "PRACTITIONER", "passwordChangeRequired", false))
                .get("id").asText();
        for (String treatment : List.of("prp", "exosome", "mesotherapy")) {
            // Dubai charges in dirhams: the same treatments, priced in AED (about the same in value).
            put("/treatments/" + treatment + "/settings", Map.of("enabled", true,
                    "prices", Map.of("session", treatment.equals("exosome") ? 250_000 : 120_000),
                    "pricesByCurrency", Map.of("AED", Map.of("session", treatment.equals("exosome") ? 245_000
                            : 118_000))));
        }
        List<String> skus = List.of("prp-kit", "needle-blood-draw", "needle-30g", "exosome-vial", "meso-cocktail-vial",
                "needle-32g");
        Map<String, String> names = Map.of("prp-kit", "PRP kit", "needle-blood-draw", "Blood-draw needle",
                "needle-30g", "Needle 30G", "exosome-vial", "Exosome vial", "meso-cocktail-vial",
                "Mesotherapy cocktail vial", "needle-32g", "Needle 32G");
        Map<String, String> items = new HashMap<>();
        for (String sku : skus) {
            items.put(sku, post("/inventory/items", Map.of("sku", sku, "name", names.get(sku), "unit", "piece"))
                    .get("id").asText());
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Riyadh")));
        List<String> patients = new ArrayList<>();
        for (String[] p : new String[][] {{"Noura Al-Qahtani", "ar", "+966500000101"},
                {"Emily Carter", "en", "+971500000102"}, {"Faisal Al-Harbi", "ar", "+966500000103"},
                {"Maya Haddad", "en", "+966500000104"}, {"Khalid Al-Mansouri", "ar", "+971500000105"},
                {"Sofia Rossi", "en", "+971500000106"}, {"Reem Al-Dosari", "ar", "+966500000107"},
                {"James Walker", "en", "+966500000108"}}) {
            String id = post("/patients", Map.of("name", p[0], "locale", p[1], "phone", p[2])).get("id").asText();
            put("/patients/" + id + "/intake", Map.of("answers", healthyAnswers()));
            patients.add(id);
        }
        int booked = 0;
        for (String[] place : new String[][] {{"Riyadh — Olaya", "Asia/Riyadh"}, {"Dubai — Jumeirah", "Asia/Dubai"}}) {
            booked += openLocation(place[0], ZoneId.of(place[1]), today, skus, items, patients);
        }
        String tenantId = signup.get("tenantId").asText();
        LOG.info("Demo clinic chain created with {} appointments this week", booked);
        return tenantId;
    }

    private int openLocation(String name, ZoneId zone, LocalDate today, List<String> skus, Map<String, String> items,
                             List<String> patients) {
        Map<String, Object> hours = new LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            hours.put(day.name().substring(0, 3), List.of(List.of("09:00", "18:00")));
        }
        String location = post("/locations", Map.of("name", name, "timezone", zone.getId(), "openingHours", hours,
                "currency", zone.getId().equals("Asia/Dubai") ? "AED" : "SAR")).get("id").asText();
        List<Map<String, String>> schedule = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            schedule.add(Map.of("locationId", location, "day", day.name().substring(0, 3), "from", "09:00",
                    "to", "18:00"));
        }
        for (String room : List.of("Room 1", "Room 2", "Room 3")) {
            post("/rooms", Map.of("locationId", location, "name", room, "equipment", List.of("centrifuge"),
                    "turnoverMinutes", 15));
        }
        boolean riyadh = zone.getId().equals("Asia/Riyadh");
        Map<String, Object> physician = new HashMap<>(Map.of("name", riyadh ? "Dr. Huda Al-Saud" : "Dr. Karim Nassar",
                "credentials", List.of("PHYSICIAN"), "schedule", schedule));
        if (riyadh) {
            physician.put("userId", doctorUserId);
        }
        post("/practitioners", physician);
        post("/practitioners", Map.of("name", riyadh ? "Nurse Reem" : "Nurse Anna",
                "credentials", List.of("NURSE"), "schedule", schedule));
        for (String sku : skus) {
            String code = sku.replace("-", "").toUpperCase().substring(0, 4);
            post("/inventory/receipts", Map.of("locationId", location, "sku", sku, "lotNumber",
                    "L" + today.getYear() + "-" + code + (riyadh ? "-R1" : "-D1"),
                    "expiresOn", today.plusMonths(8).toString(), "quantity", sku.equals("exosome-vial") ? 12 : 80));
            put("/inventory/items/" + items.get(sku) + "/par-level", Map.of("locationId", location,
                    "parLevel", sku.equals("exosome-vial") ? 20 : 30));
        }
        // Lots that a front desk should notice: near expiry.
        post("/inventory/receipts", Map.of("locationId", location, "sku", "exosome-vial", "lotNumber",
                "L" + today.getYear() + "-EXOS" + (riyadh ? "-R0" : "-D0"), "expiresOn", today.plusDays(9).toString(),
                "quantity", 4));
        post("/inventory/receipts", Map.of("locationId", location, "sku", "prp-kit", "lotNumber",
                "L" + today.getYear() + "-PRPK" + (riyadh ? "-R0" : "-D0"), "expiresOn", today.plusDays(20).toString(),
                "quantity", 6));
        int booked = 0;
        String[] treatments = {"prp", "exosome", "mesotherapy", "prp"};
        for (int day = 0; day < 7; day++) {
            LocalDate date = today.plusDays(day);
            int slot = 0;
            for (String time : List.of("09:30", "11:00", "13:30", "15:00")) {
                String patient = patients.get((day * 4 + slot + (riyadh ? 0 : 2)) % patients.size());
                String treatment = treatments[(day + slot) % treatments.length];
                slot++;
                var start = date.atTime(LocalTime.parse(time)).atZone(zone).toInstant();
                if (!start.isAfter(clock.instant())) {
                    continue;
                }
                booked += tryPost("/appointments", Map.of("patientId", patient, "treatmentId", treatment,
                        "locationId", location, "start", start.toString())) ? 1 : 0;
            }
        }
        return booked;
    }

    private static Map<String, Object> healthyAnswers() {
        Map<String, Object> answers = new HashMap<>();
        for (String code : List.of("LIVER_DISEASE", "BLOOD_DISORDER", "CANCER", "PREGNANT", "BREASTFEEDING",
                "ACTIVE_INFECTION", "ANTICOAGULANTS", "IMMUNE_DISORDER", "SKIN_DISEASE_AT_SITE", "EXOSOME_ALLERGY",
                "DIABETES", "HYPERTENSION", "CARDIOVASCULAR_DISEASE", "SMOKED_OR_DRANK_LAST_48H",
                "MESO_INGREDIENT_ALLERGY", "SEVERE_ALLERGIC_REACTION_HISTORY")) {
            answers.put(code, false);
        }
        answers.put("MEDICATIONS", List.of());
        return answers;
    }

    private JsonNode post(String path, Object body) {
        return send("POST", path, body, true);
    }

    private void put(String path, Object body) {
        send("PUT", path, body, true);
    }

    /** For appointments: a refused slot (say, a clash the schedule made) is skipped, not fatal. */
    private boolean tryPost(String path, Object body) {
        return send("POST", path, body, false) != null;
    }

    private JsonNode send(String method, String path, Object body, boolean required) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
            if (key != null) {
                request.header("Authorization", "Bearer " + key);
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                if (required) {
                    throw new IllegalStateException("Demo data: " + method + " " + path + " answered "
                            + response.statusCode() + " " + response.body());
                }
                LOG.debug("Demo data: {} {} skipped ({})", method, path, response.statusCode());
                return null;
            }
            return response.body().isEmpty() ? json.createObjectNode() : json.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("Demo data: " + method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Demo data interrupted", e);
        }
    }
}
