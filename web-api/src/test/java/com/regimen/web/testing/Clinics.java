package com.regimen.web.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A working clinic chain made through the public API: one branch open 09:00 to 17:00 every day
 * (closed 7 February 2027), a centrifuge room with 15 minutes' turnover, a physician and a nurse on
 * shift whenever it is open, PRP, exosome and mesotherapy offered at 1,000.00 a session, and stock.
 */
public final class Clinics {
    /** Distinctive, so that SuiteLogsIT can tell whether a patient's details reached a log. */
    public static final String PATIENT_NAME = "Salma Canary-Haddad";
    public static final String PATIENT_PHONE = "+966 55 012 3487";
    private Clinics() {
    }

    public record Clinic(Tenants.Tenant tenant, String location, String room, String physician, String nurse) {
        public String key() {
            return tenant.apiKey();
        }
    }

    /** @param exosomeVials how many exosome vials to stock (everything else: 500) */
    public static Clinic open(Api api, String timezone, int exosomeVials) {
        Tenants.Tenant tenant = Tenants.signUp(api, "Glow");
        String key = tenant.apiKey();
        Map<String, Object> form = new HashMap<>();
        form.put("name", "Branch");
        form.put("timezone", timezone);
        Map<String, Object> hours = new HashMap<>();
        List<Map<String, String>> schedule = new ArrayList<>();
        List<String> days = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");
        form.put("openingHours", hours);
        form.put("closures", List.of(Map.of("date", "2027-02-07", "reason", "Founding day")));
        for (String day : days) {
            hours.put(day, List.of(List.of("09:00", "17:00")));
        }
        String location = api.post("/locations", key, form).text("id");
        for (String day : days) {
            schedule.add(Map.of("locationId", location, "day", day, "from", "09:00", "to", "17:00"));
        }
        String room = api.post("/rooms", key, Map.of("locationId", location, "name", "Room 1",
                "equipment", List.of("centrifuge"), "turnoverMinutes", 15)).text("id");
        String physician = api.post("/practitioners", key, Map.of("name", "Dr. Huda",
                "credentials", List.of("PHYSICIAN"), "schedule", schedule)).text("id");
        String nurse = api.post("/practitioners", key, Map.of("name", "Nurse Reem",
                "credentials", List.of("NURSE"), "schedule", schedule)).text("id");
        for (String treatment : List.of("prp", "exosome", "mesotherapy")) {
            api.put("/treatments/" + treatment + "/settings", key, Map.of("enabled", true,
                    "prices", Map.of("session", 100_000)));
        }
        for (String sku : List.of("prp-kit", "needle-blood-draw", "needle-30g", "exosome-vial", "meso-cocktail-vial",
                "needle-32g")) {
            api.post("/inventory/items", key, Map.of("sku", sku, "name", sku, "unit", "piece"));
            assertThat(api.post("/inventory/receipts", key, Map.of("locationId", location, "sku", sku,
                    "lotNumber", "LOT-" + sku, "expiresOn", "2030-01-01",
                    "quantity", sku.equals("exosome-vial") ? exosomeVials : 500)).status()).isEqualTo(201);
        }
        return new Clinic(tenant, location, room, physician, nurse);
    }

    /**
     * A patient whose intake answers every offered treatment's questions "no", then {@code answers}, and
     * who has signed the consents those treatments ask for.
     */
    public static String patient(Api api, Clinic c, Map<String, Object> answers) {
        String id = api.post("/patients", c.key(), Map.of("name", PATIENT_NAME, "phone", PATIENT_PHONE, "locale", "ar"))
                .text("id");
        Map<String, Object> all = new HashMap<>(Map.of("LIVER_DISEASE", false, "BLOOD_DISORDER", false));
        for (String code : List.of("CANCER", "PREGNANT", "BREASTFEEDING", "ACTIVE_INFECTION", "ANTICOAGULANTS",
                "IMMUNE_DISORDER", "SKIN_DISEASE_AT_SITE", "EXOSOME_ALLERGY", "DIABETES", "HYPERTENSION",
                "CARDIOVASCULAR_DISEASE", "SMOKED_OR_DRANK_LAST_48H", "MESO_INGREDIENT_ALLERGY",
                "SEVERE_ALLERGIC_REACTION_HISTORY")) {
            all.put(code, false);
        }
        all.put("MEDICATIONS", List.of());
        all.putAll(answers);
        assertThat(api.put("/patients/" + id + "/intake", c.key(), Map.of("answers", all)).status()).isEqualTo(200);
        Consenting.signAll(api, c, id);
        return id;
    }

    public static Reply book(Api api, Clinic c, String patient, String treatment, String start,
                             Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("patientId", patient, "treatmentId", treatment,
                "locationId", c.location(), "start", start));
        body.putAll(extra);
        return api.post("/appointments", c.key(), body);
    }
}
