package com.regimen.web.gates;

import com.fasterxml.jackson.databind.JsonNode;
import com.regimen.core.testing.TestDatabase;
import com.regimen.core.testing.TestDatabases;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.testing.Api;
import com.regimen.web.testing.Reply;
import com.regimen.web.testing.TestRegimenApplication;
import com.regimen.web.testing.Tenants;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.dropwizard.testing.ResourceHelpers;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Availability never offers a slot that booking refuses: over 24 generated clinics with random
 * opening hours, shifts, licences (some expired), inactive practitioners and rooms, equipment,
 * time off and an existing booking, every offered slot checked is booked (with the offered
 * practitioner and room) and cancelled again. Seeded and bounded, on real MariaDB.
 */
class AvailabilityAgreesWithBookingIT {
    private static final TestDatabase DB = TestDatabases.create();
    private static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");
    private static final List<String> DAYS = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");
    /** The first generated day: Monday 11 January 2027; each clinic is asked about one day of that week. */
    private static final LocalDate WEEK = LocalDate.of(2027, 1, 11);
    private static final int SLOTS_PER_CLINIC = 5;
    private static final int TRIES = 24;
    private static final AtomicInteger SLOTS_BOOKED = new AtomicInteger();
    private static final AtomicInteger CLINICS_WITH_SLOTS = new AtomicInteger();
    private static DropwizardTestSupport<RegimenConfiguration> app;

    record PractitionerRule(List<String> credentials, String licenceExpiresOn, boolean active, List<String> days,
                            int shiftFrom, int shiftHours) {
    }

    record RoomRule(boolean centrifuge, boolean active, int turnoverMinutes) {
    }

    record ClinicRule(String treatment, int dayOffset, int openFrom, int openHours, int lunchAt, int slotMinutes,
                      List<PractitionerRule> practitioners, List<RoomRule> rooms, int timeOffAt, boolean bookFirst) {
    }

    @BeforeContainer
    static void start() throws Exception {
        app = new DropwizardTestSupport<>(TestRegimenApplication.class,
                ResourceHelpers.resourceFilePath("test-config.yml"), "dw.",
                ConfigOverride.config("dw.", "database.url", DB.url()),
                ConfigOverride.config("dw.", "database.user", DB.user()),
                ConfigOverride.config("dw.", "database.password", DB.password()));
        app.before();
    }

    @AfterContainer
    static void stop() {
        app.after();
        System.out.println("AvailabilityAgreesWithBookingIT: " + CLINICS_WITH_SLOTS.get() + " clinics offered slots, "
                + SLOTS_BOOKED.get() + " offered slots booked");
        // The property would hold vacuously if no generated clinic ever offered a slot.
        assertThat(CLINICS_WITH_SLOTS.get()).as("clinics that offered slots").isGreaterThanOrEqualTo(TRIES / 4);
        assertThat(SLOTS_BOOKED.get()).as("offered slots booked").isGreaterThanOrEqualTo(TRIES);
    }

    private static Api api() {
        return new Api("http://127.0.0.1:" + app.getLocalPort() + "/v1");
    }

    @Property(tries = TRIES, seed = "16011", shrinking = ShrinkingMode.OFF)
    void everyOfferedSlotIsBookable(@ForAll("clinics") ClinicRule rule) {
        Api api = api();
        Tenants.Tenant tenant = Tenants.signUp(api, "Generated");
        String key = tenant.apiKey();
        LocalDate day = WEEK.plusDays(rule.dayOffset());
        String location = location(api, key, rule);
        List<String> practitioners = new ArrayList<>();
        for (PractitionerRule p : rule.practitioners()) {
            practitioners.add(practitioner(api, key, location, p));
        }
        for (RoomRule r : rule.rooms()) {
            String room = created(api.post("/rooms", key, Map.of("locationId", location, "name", "Room",
                    "equipment", r.centrifuge() ? List.of("centrifuge") : List.of(), "turnoverMinutes",
                    r.turnoverMinutes())));
            if (!r.active()) {
                assertThat(api.post("/rooms/" + room + "/deactivate", key, "{}").status()).isEqualTo(200);
            }
        }
        if (rule.timeOffAt() > 0) {
            var from = day.atTime(rule.timeOffAt(), 0).atZone(RIYADH).toInstant();
            assertThat(api.post("/practitioners/" + practitioners.get(0) + "/time-off", key, Map.of("from",
                    from.toString(), "to", from.plusSeconds(5400).toString(), "reason", "course")).status())
                    .isEqualTo(201);
        }
        assertThat(api.put("/treatments/" + rule.treatment() + "/settings", key, Map.of("enabled", true,
                "prices", Map.of("session", 100_000))).status()).isEqualTo(200);
        for (String sku : List.of("prp-kit", "needle-blood-draw", "needle-30g", "exosome-vial")) {
            api.post("/inventory/items", key, Map.of("sku", sku, "name", sku, "unit", "piece"));
            assertThat(api.post("/inventory/receipts", key, Map.of("locationId", location, "sku", sku,
                    "lotNumber", "L-" + sku, "expiresOn", "2030-01-01", "quantity", 200)).status()).isEqualTo(201);
        }
        String patient = patient(api, key);

        List<JsonNode> slots = slots(api, key, location, rule.treatment(), day);
        if (rule.bookFirst() && !slots.isEmpty()) {
            // Someone else takes the first slot; what is offered afterwards must still be bookable.
            assertThat(book(api, key, patient(api, key), rule.treatment(), location, slots.get(0)).status())
                    .isEqualTo(201);
            slots = slots(api, key, location, rule.treatment(), day);
        }
        if (!slots.isEmpty()) {
            CLINICS_WITH_SLOTS.incrementAndGet();
        }
        System.out.println("generated clinic on " + day + ": " + slots.size() + " slots offered; " + rule);
        int step = Math.max(1, slots.size() / SLOTS_PER_CLINIC);
        for (int i = 0; i < slots.size(); i += step) {
            JsonNode slot = slots.get(i);
            Reply booked = book(api, key, patient, rule.treatment(), location, slot);
            assertThat(booked.status()).as("offered " + slot + " for " + rule + ": " + booked).isEqualTo(201);
            assertThat(booked.text("practitionerId")).isEqualTo(slot.get("practitionerId").asText());
            assertThat(booked.text("roomId")).isEqualTo(slot.get("roomId").asText());
            SLOTS_BOOKED.incrementAndGet();
            assertThat(api.post("/appointments/" + booked.text("id") + "/cancel", key, Map.of("reason", "probe"))
                    .status()).isEqualTo(200);
        }
    }

    @Provide
    Arbitrary<ClinicRule> clinics() {
        Arbitrary<PractitionerRule> practitioner = Combinators.combine(
                Arbitraries.of("PHYSICIAN", "NURSE", "AESTHETICIAN").list().uniqueElements().ofMinSize(1).ofMaxSize(2),
                Arbitraries.of("", "", "2027-01-01", "2027-01-13", "2028-01-01"),
                Arbitraries.of(true, true, true, true, false),
                Arbitraries.of(DAYS).list().uniqueElements().ofMinSize(4).ofMaxSize(7),
                Arbitraries.integers().between(8, 11),
                Arbitraries.integers().between(4, 9)).as(PractitionerRule::new);
        Arbitrary<RoomRule> room = Combinators.combine(Arbitraries.of(true, true, false),
                Arbitraries.of(true, true, true, true, false), Arbitraries.of(0, 10, 15, 30)).as(RoomRule::new);
        return Combinators.combine(
                Arbitraries.of("prp", "exosome"),
                Arbitraries.integers().between(0, 6),
                Arbitraries.integers().between(7, 11),
                Arbitraries.integers().between(3, 10),
                Arbitraries.integers().between(0, 4),
                Arbitraries.of(15, 20, 30),
                practitioner.list().ofMinSize(1).ofMaxSize(4),
                room.list().ofMinSize(1).ofMaxSize(4)).flatAs((treatment, dayOffset, openFrom, openHours, lunch,
                        slotMinutes, practitioners, rooms) ->
                Combinators.combine(Arbitraries.of(0, 0, 10, 12), Arbitraries.of(true, false)).as((timeOff, first) ->
                        new ClinicRule(treatment, dayOffset, openFrom, openHours, lunch, slotMinutes, practitioners,
                                rooms, timeOff, first)));
    }

    /** Open every day from openFrom for openHours, with a one-hour lunch break lunchAt hours in (0: none). */
    private static String location(Api api, String key, ClinicRule rule) {
        Map<String, Object> hours = new HashMap<>();
        int to = rule.openFrom() + rule.openHours();
        List<List<String>> ranges = rule.lunchAt() == 0 || rule.lunchAt() + 1 >= rule.openHours()
                ? List.of(List.of(hour(rule.openFrom()), hour(to)))
                : List.of(List.of(hour(rule.openFrom()), hour(rule.openFrom() + rule.lunchAt())),
                List.of(hour(rule.openFrom() + rule.lunchAt() + 1), hour(to)));
        DAYS.forEach(day -> hours.put(day, ranges));
        return created(api.post("/locations", key, Map.of("name", "Branch", "timezone", RIYADH.getId(),
                "openingHours", hours, "closures", List.of(), "slotMinutes", rule.slotMinutes())));
    }

    private static String practitioner(Api api, String key, String location, PractitionerRule p) {
        List<Object> credentials = p.credentials().stream().map(type -> p.licenceExpiresOn().isEmpty() ? (Object) type
                : Map.of("type", type, "licenceNumber", "L-1", "expiresOn", p.licenceExpiresOn())).toList();
        List<Map<String, String>> schedule = p.days().stream().map(day -> Map.of("locationId", location, "day", day,
                "from", hour(p.shiftFrom()), "to", hour(Math.min(23, p.shiftFrom() + p.shiftHours())))).toList();
        String id = created(api.post("/practitioners", key, Map.of("name", "P", "credentials", credentials,
                "schedule", schedule)));
        if (!p.active()) {
            assertThat(api.post("/practitioners/" + id + "/deactivate", key, "{}").status()).isEqualTo(200);
        }
        return id;
    }

    /** Every question the clinic asks answered "no" (or none, for a list): a patient clear for the treatment. */
    private static String patient(Api api, String key) {
        String id = created(api.post("/patients", key, Map.of("name", "Generated Patient")));
        Map<String, Object> answers = new HashMap<>();
        api.get("/intake-form", key).json().get("questions").forEach(q -> {
            switch (q.get("type").asText()) {
                case "BOOLEAN" -> answers.put(q.get("code").asText(), false);
                case "LIST" -> answers.put(q.get("code").asText(), List.of());
                default -> { } // no generated treatment needs a text or date answer
            }
        });
        Reply intake = api.put("/patients/" + id + "/intake", key, Map.of("answers", answers));
        assertThat(intake.status()).as(intake.toString()).isEqualTo(200);
        return id;
    }

    private static List<JsonNode> slots(Api api, String key, String location, String treatment, LocalDate day) {
        Reply reply = api.get("/availability?locationId=" + location + "&treatmentId=" + treatment + "&from=" + day
                + "&to=" + day, key);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        List<JsonNode> slots = new ArrayList<>();
        reply.json().get("slots").forEach(slots::add);
        return slots;
    }

    private static Reply book(Api api, String key, String patient, String treatment, String location, JsonNode slot) {
        return api.post("/appointments", key, Map.of("patientId", patient, "treatmentId", treatment,
                "locationId", location, "start", slot.get("start").asText(),
                "practitionerId", slot.get("practitionerId").asText(), "roomId", slot.get("roomId").asText()));
    }

    private static String created(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.text("id");
    }

    private static String hour(int h) {
        return String.format("%02d:00", h);
    }
}
