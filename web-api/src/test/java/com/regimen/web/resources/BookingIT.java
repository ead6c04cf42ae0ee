package com.regimen.web.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.regimen.core.testing.TestDatabase;
import com.regimen.core.testing.TestDatabases;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.testing.Api;
import com.regimen.web.testing.Clinics;
import com.regimen.web.testing.Clinics.Clinic;
import com.regimen.web.testing.Reply;
import com.regimen.web.testing.TestApps;
import com.regimen.web.testing.Tenants;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(DropwizardExtensionsSupport.class)
class BookingIT {
    private static final TestDatabase DB = TestDatabases.create();
    private static final DropwizardAppExtension<RegimenConfiguration> APP = TestApps.app(DB);
    /** Sunday 10 January 2027, 10:00 in Riyadh (UTC+3). */
    private static final String SUNDAY_10AM = "2027-01-10T07:00:00Z";

    private Api api() {
        return TestApps.api(APP);
    }

    private Clinic clinic(String timezone) {
        return Clinics.open(api(), timezone, 500);
    }

    private Clinic clinic(String timezone, int exosomeVials) {
        return Clinics.open(api(), timezone, exosomeVials);
    }

    private String patient(Clinic c, Map<String, Object> answers) {
        return Clinics.patient(api(), c, answers);
    }

    private Reply book(Clinic c, String patient, String treatment, String start, Map<String, Object> extra) {
        return Clinics.book(api(), c, patient, treatment, start, extra);
    }

    private static void refused(Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.text("code")).as(reply.toString()).isEqualTo(code);
    }

    @Test
    void anAppointmentGoesFromBookedToCompletedAndUsesItsStock() {
        Clinic c = clinic("Asia/Riyadh");
        String patient = patient(c, Map.of());
        Reply booked = book(c, patient, "prp", SUNDAY_10AM, Map.of());
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        assertThat(booked.text("status")).isEqualTo("BOOKED");
        assertThat(booked.text("end")).isEqualTo("2027-01-10T08:00:00Z");
        assertThat(booked.text("roomId")).isEqualTo(c.room());
        assertThat(booked.json().get("price").get("amount").asLong()).isEqualTo(100_000);
        assertThat(booked.json().get("reservedConsumables")).hasSize(3);
        String id = booked.text("id");

        refused(api().post("/appointments/" + id + "/complete", c.key(), "{}"), 409, "INVALID_TRANSITION");
        // This server has no Stripe key: card payments are refused plainly, cash works.
        refused(api().post("/appointments/" + id + "/payments", c.key(), Map.of("kind", "DEPOSIT", "method", "CARD")),
                503, "PAYMENTS_NOT_CONFIGURED");
        assertThat(api().post("/appointments/" + id + "/payments", c.key(), Map.of("kind", "DEPOSIT",
                "method", "CASH")).status()).isEqualTo(201);
        assertThat(api().post("/appointments/" + id + "/check-in", c.key(), "{}").text("status"))
                .isEqualTo("CHECKED_IN");
        assertThat(api().post("/appointments/" + id + "/complete", c.key(), "{}").text("status"))
                .isEqualTo("COMPLETED");
        refused(api().post("/appointments/" + id + "/cancel", c.key(), "{}"), 409, "INVALID_TRANSITION");

        String kitLot = booked.json().get("reservedConsumables").findValuesAsText("lotId").get(0);
        JsonNode recipients = api().get("/inventory/lots/" + kitLot + "/recipients", c.key()).json().get("data");
        assertThat(recipients).hasSize(1);
        assertThat(recipients.get(0).get("patientId").asText()).isEqualTo(patient);
        assertThat(recipients.get(0).get("appointmentId").asText()).isEqualTo(id);
        assertThat(api().get("/inventory/ledger-check", c.key()).json().get("consistent").asBoolean()).isTrue();
        assertThat(DB.count("SELECT COUNT(*) FROM audit_events WHERE tenant_id = ? AND entity_id = ? AND action IN "
                + "('appointment.booked', 'appointment.checked_in', 'appointment.completed', 'payment.created')",
                c.tenant().tenantId(), id)).isEqualTo(4);
    }

    @Test
    void fiftyClientsRacingForOneSlotYieldExactlyOneBooking() throws Exception {
        Clinic c = clinic("Asia/Riyadh");
        List<String> patients = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            patients.add(api().post("/patients", c.key(), Map.of("name", "P" + i)).text("id"));
        }
        for (String p : patients) {
            api().put("/patients/" + p + "/intake", c.key(), Map.of("answers", Map.of("LIVER_DISEASE", false,
                    "BLOOD_DISORDER", false, "PREGNANT", false, "ANTICOAGULANTS", false, "MEDICATIONS", List.of())));
        }
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Reply>> replies = new ArrayList<>();
        for (String p : patients) {
            replies.add(pool.submit(() -> {
                start.await();
                return book(c, p, "prp", SUNDAY_10AM, Map.of("practitionerId", c.physician()));
            }));
        }
        start.countDown();
        int created = 0;
        int taken = 0;
        for (Future<Reply> reply : replies) {
            Reply r = reply.get();
            if (r.status() == 201) {
                created++;
            } else if (r.status() == 409 && "SLOT_TAKEN".equals(r.text("code"))) {
                taken++;
            } else {
                throw new AssertionError("unexpected answer " + r);
            }
        }
        pool.shutdown();
        assertThat(created).isEqualTo(1);
        assertThat(taken).isEqualTo(49);
        assertThat(DB.count("SELECT COUNT(*) FROM appointments WHERE tenant_id = ?", c.tenant().tenantId()))
                .isEqualTo(1);
        assertThat(DB.count("SELECT COUNT(*) FROM stock_reservations WHERE tenant_id = ?", c.tenant().tenantId()))
                .as("the losers hold no stock").isEqualTo(3);
    }

    @Test
    void racingBookingsNeverReserveMoreOfAScarceLotThanIsOnHand() throws Exception {
        Clinic c = clinic("Asia/Riyadh", 3); // three exosome vials; each session uses one
        List<String> patients = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            patients.add(patient(c, Map.of()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(12);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Reply>> replies = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String patient = patients.get(i);
            // Different hours and practitioners: only the stock is contended.
            String at = "2027-01-1" + (i % 2 == 0 ? "0" : "1") + "T" + String.format("%02d", 6 + i / 2) + ":00:00Z";
            String practitioner = i % 2 == 0 ? c.physician() : c.nurse();
            replies.add(pool.submit(() -> {
                start.await();
                return book(c, patient, "exosome", at, Map.of("practitionerId", practitioner));
            }));
        }
        start.countDown();
        int created = 0;
        for (Future<Reply> reply : replies) {
            Reply r = reply.get();
            if (r.status() == 201) {
                created++;
            } else {
                assertThat(r.text("code")).as(r.toString()).isEqualTo("OUT_OF_STOCK");
            }
        }
        pool.shutdown();
        assertThat(created).isEqualTo(3);
        assertThat(DB.count("SELECT reserved FROM stock_lots l JOIN inventory_items i ON i.tenant_id = l.tenant_id "
                + "AND i.id = l.item_id WHERE l.tenant_id = ? AND i.sku = 'exosome-vial'", c.tenant().tenantId()))
                .isEqualTo(3);
    }

    @Test
    void theRoomsTurnoverIsEnforcedOnWrite() {
        Clinic c = clinic("Asia/Riyadh");
        String first = patient(c, Map.of());
        String second = patient(c, Map.of());
        assertThat(book(c, first, "prp", SUNDAY_10AM, Map.of("practitionerId", c.physician())).status())
                .isEqualTo(201);
        // The only centrifuge room is cleaned until 11:15; another practitioner cannot use it at 11:00.
        refused(book(c, second, "prp", "2027-01-10T08:00:00Z", Map.of("practitionerId", c.nurse())), 409,
                "SLOT_TAKEN");
        assertThat(book(c, second, "prp", "2027-01-10T08:15:00Z", Map.of("practitionerId", c.nurse())).status())
                .isEqualTo(201);
    }

    @Test
    void everyRuleHasItsRefusal() {
        Clinic c = clinic("Asia/Riyadh");
        String healthy = patient(c, Map.of());
        refused(book(c, healthy, "prp", "2027-01-10T15:00:00Z", Map.of()), 422, "OUTSIDE_HOURS"); // 18:00 local
        refused(book(c, healthy, "prp", "2027-02-07T07:00:00Z", Map.of()), 422, "OUTSIDE_HOURS"); // closure
        refused(book(c, healthy, "prp", "2020-01-05T07:00:00Z", Map.of()), 422, "IN_THE_PAST");
        refused(book(c, healthy, "mesotherapy", SUNDAY_10AM, Map.of("practitionerId", c.nurse())), 422,
                "CREDENTIAL_MISSING");
        refused(book(c, healthy, "mesotherapy", SUNDAY_10AM, Map.of()), 422, "PREREQUISITE_MISSING");
        api().put("/treatments/stem-cell/settings", c.key(), Map.of("enabled", true,
                "prices", Map.of("course.autologous", 3_000_000, "course.donor", 4_000_000)));
        refused(book(c, healthy, "stem-cell", SUNDAY_10AM, Map.of()), 422, "NOT_ACCREDITED");

        Reply contraindicated = book(c, patient(c, Map.of("LIVER_DISEASE", true)), "prp", SUNDAY_10AM, Map.of());
        refused(contraindicated, 422, "CONTRAINDICATED");
        assertThat(contraindicated.json().get("findings").get(0).get("code").asText()).isEqualTo("PRP_LIVER_DISEASE");

        String diabetic = patient(c, Map.of("DIABETES", true));
        refused(book(c, diabetic, "exosome", SUNDAY_10AM, Map.of()), 422, "CLEARANCE_REQUIRED");
        refused(book(c, diabetic, "exosome", SUNDAY_10AM, Map.of("clearance", Map.of("practitionerId",
                c.physician(), "note", "fine"))), 422, "CLEARANCE_NOT_ACCEPTED");
        Tenants.Staff doctor = com.regimen.web.testing.ClinicalStaff.linkedTo(api(), c, c.physician());
        assertThat(api().post("/patients/" + diabetic + "/clearances", doctor.token(), Map.of("treatmentId", "exosome",
                "note", "HbA1c 6.1, controlled; cleared")).status()).isEqualTo(201);
        assertThat(book(c, diabetic, "exosome", SUNDAY_10AM, Map.of()).status()).isEqualTo(201);

        api().post("/inventory/adjustments", c.key(), Map.of("lotId", api().get("/inventory/stock?locationId="
                + c.location(), c.key()).json().get("data").findValues("lots").stream()
                .flatMap(lots -> java.util.stream.StreamSupport.stream(lots.spliterator(), false))
                .filter(lot -> lot.get("lotNumber").asText().equals("LOT-prp-kit")).findFirst().orElseThrow()
                .get("lotId").asText(), "delta", -500, "reason", "recalled by supplier"));
        refused(book(c, healthy, "prp", "2027-01-11T07:00:00Z", Map.of()), 409, "OUT_OF_STOCK");
        assertThat(DB.count("SELECT COUNT(*) FROM appointments WHERE tenant_id = ?", c.tenant().tenantId()))
                .isEqualTo(1);
    }

    @Test
    void aPatchTestWithoutReactionUnlocksMesotherapy() {
        Clinic c = clinic("Asia/Riyadh");
        String patient = patient(c, Map.of());
        Tenants.Staff doctor = Tenants.staff(api(), c.tenant(), "PRACTITIONER");
        api().post("/patients/" + patient + "/patch-tests", doctor.token(), Map.of("treatmentId", "mesotherapy",
                "appliedAt", "2026-11-01T09:00:00Z", "readAt", "2026-11-03T09:00:00Z", "reaction", false));
        assertThat(book(c, patient, "mesotherapy", SUNDAY_10AM, Map.of()).status()).isEqualTo(201);
    }

    @Test
    void cancellingReleasesStockAndLateCancellationKeepsTheDeposit() {
        Clinic c = clinic("Asia/Riyadh");
        String patient = patient(c, Map.of());
        Reply booked = book(c, patient, "prp", SUNDAY_10AM, Map.of());
        Reply cancelled = api().post("/appointments/" + booked.text("id") + "/cancel", c.key(),
                Map.of("reason", "Patient travelling"));
        assertThat(cancelled.text("status")).isEqualTo("CANCELLED");
        assertThat(cancelled.json().get("cancellationFee").get("amount").asLong()).isZero();
        assertThat(DB.count("SELECT COALESCE(SUM(reserved), 0) FROM stock_lots WHERE tenant_id = ?",
                c.tenant().tenantId())).isZero();
        assertThat(book(c, patient(c, Map.of()), "prp", SUNDAY_10AM, Map.of()).status())
                .as("the slot is free again").isEqualTo(201);

        Reply noShow = book(c, patient, "prp", "2027-01-11T07:00:00Z", Map.of());
        Reply marked = api().post("/appointments/" + noShow.text("id") + "/no-show", c.key(), "{}");
        assertThat(marked.json().get("cancellationFee").get("amount").asLong())
                .isEqualTo(noShow.json().get("deposit").get("amount").asLong()).isPositive();
    }

    @Test
    void reschedulingMovesTheAppointmentAndItsStock() {
        Clinic c = clinic("Asia/Riyadh");
        String patient = patient(c, Map.of());
        Reply booked = book(c, patient, "prp", SUNDAY_10AM, Map.of());
        Reply moved = api().post("/appointments/" + booked.text("id") + "/reschedule", c.key(),
                Map.of("start", "2027-01-12T10:00:00+03:00"));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.text("start")).isEqualTo("2027-01-12T07:00:00Z");
        assertThat(moved.json().get("reservedConsumables")).hasSize(3);
        assertThat(DB.count("SELECT COUNT(*) FROM stock_reservations WHERE tenant_id = ? AND state = 'RESERVED'",
                c.tenant().tenantId())).isEqualTo(3);
        refused(api().post("/appointments/" + booked.text("id") + "/reschedule", c.key(),
                Map.of("start", "2027-01-12T20:00:00+03:00")), 422, "OUTSIDE_HOURS");
    }

    @Test
    void racingRescheduleAndCancelLeaveOneConsistentState() throws Exception {
        Clinic c = clinic("Asia/Riyadh");
        String patient = patient(c, Map.of());
        String id = book(c, patient, "prp", SUNDAY_10AM, Map.of()).text("id");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        Future<Reply> cancel = pool.submit(() -> {
            start.await();
            return api().post("/appointments/" + id + "/cancel", c.key(), "{}");
        });
        Future<Reply> reschedule = pool.submit(() -> {
            start.await();
            return api().post("/appointments/" + id + "/reschedule", c.key(), Map.of("start", "2027-01-13T07:00:00Z"));
        });
        start.countDown();
        Reply cancelled = cancel.get();
        Reply moved = reschedule.get();
        pool.shutdown();
        assertThat(cancelled.status()).isEqualTo(200);
        String finalStatus = api().get("/appointments/" + id, c.key()).text("status");
        assertThat(finalStatus).isEqualTo("CANCELLED");
        assertThat(moved.status()).as(moved.toString()).isIn(200, 409);
        assertThat(DB.count("SELECT COUNT(*) FROM stock_reservations WHERE tenant_id = ? AND state = 'RESERVED'",
                c.tenant().tenantId())).as("a cancelled appointment holds nothing").isZero();
        assertThat(DB.count("SELECT COALESCE(SUM(reserved), 0) FROM stock_lots WHERE tenant_id = ?",
                c.tenant().tenantId())).isZero();
    }

    @Test
    void aCourseIsBookedWholeOrNotAtAll() {
        Clinic c = clinic("Asia/Riyadh");
        String patient = patient(c, Map.of());
        Reply course = api().post("/courses", c.key(), Map.of("patientId", patient, "treatmentId", "exosome",
                "locationId", c.location(), "sessions", 3, "firstStart", "2027-01-11T07:00:00Z"));
        assertThat(course.status()).as(course.toString()).isEqualTo(201);
        JsonNode sessions = course.json().get("appointments");
        assertThat(sessions).hasSize(3);
        assertThat(sessions.get(1).get("start").asText()).isEqualTo("2027-01-25T07:00:00Z"); // 14 days later
        long total = 0;
        for (JsonNode s : sessions) {
            total += s.get("price").get("amount").asLong();
        }
        assertThat(total).isEqualTo(300_000);

        // The third session would fall on the 7 February closure: nothing is booked, and the error says which.
        Reply refused = api().post("/courses", c.key(), Map.of("patientId", patient, "treatmentId", "exosome",
                "locationId", c.location(), "sessions", 3, "firstStart", "2027-01-10T10:00:00Z"));
        refused(refused, 422, "OUTSIDE_HOURS");
        assertThat(refused.json().get("session").asInt()).isEqualTo(3);
        assertThat(DB.count("SELECT COUNT(*) FROM appointments WHERE tenant_id = ?", c.tenant().tenantId()))
                .isEqualTo(3);
        assertThat(DB.count("SELECT COUNT(*) FROM courses WHERE tenant_id = ?", c.tenant().tenantId())).isEqualTo(1);
        refused(api().post("/courses", c.key(), Map.of("patientId", patient, "treatmentId", "exosome",
                "locationId", c.location(), "sessions", 6, "firstStart", "2027-03-01T07:00:00Z")), 422,
                "SESSIONS_OUT_OF_RANGE");
    }

    @Test
    void availabilityShowsFreeSlotsAndHidesBookedOnes() {
        Clinic c = clinic("Asia/Riyadh");
        String url = "/availability?locationId=" + c.location() + "&treatmentId=prp&from=2027-01-10&to=2027-01-10";
        JsonNode before = api().get(url, c.key()).json().get("slots");
        // 09:00 to 16:00 starts (60-minute sessions, open until 17:00) for two practitioners: 29 starts each.
        assertThat(before).hasSize(58);
        assertThat(before.get(0).get("start").asText()).isEqualTo("2027-01-10T06:00:00Z");
        book(c, patient(c, Map.of()), "prp", SUNDAY_10AM, Map.of("practitionerId", c.physician()));
        JsonNode after = api().get(url + "&practitionerId=" + c.physician(), c.key()).json().get("slots");
        List<String> starts = after.findValuesAsText("start");
        // The only centrifuge room is taken 07:00 to 08:15 (turnover): nothing that needs it then fits.
        assertThat(starts).doesNotContain("2027-01-10T06:00:00Z", "2027-01-10T07:00:00Z", "2027-01-10T08:00:00Z")
                .contains("2027-01-10T08:15:00Z");
        assertThat(starts.get(0)).isEqualTo("2027-01-10T08:15:00Z");
    }

    @Test
    void slotsKeepTheirWallClockTimeAcrossDaylightSavingChanges() {
        Clinic c = clinic("Europe/Berlin");
        // Spring forward: Sunday 28 March 2027, 02:00 -> 03:00. Fall back: Sunday 31 October 2027.
        for (String[] day : new String[][]{
                {"2027-03-27", "2027-03-27T08:00:00Z", "2027-03-27T12:00:00Z"},
                {"2027-03-28", "2027-03-28T07:00:00Z", "2027-03-28T11:00:00Z"},
                {"2027-10-30", "2027-10-30T07:00:00Z", "2027-10-30T11:00:00Z"},
                {"2027-10-31", "2027-10-31T08:00:00Z", "2027-10-31T12:00:00Z"}}) {
            List<String> starts = api().get("/availability?locationId=" + c.location() + "&treatmentId=prp&from="
                    + day[0] + "&to=" + day[0] + "&practitionerId=" + c.physician(), c.key()).json().get("slots")
                    .findValuesAsText("start");
            assertThat(starts.get(0)).as("09:00 on " + day[0]).isEqualTo(day[1]);
            assertThat(starts).as("13:00 on " + day[0]).contains(day[2]);
            assertThat(starts).hasSize(29);
        }
        Reply afternoon = book(c, patient(c, Map.of()), "prp", "2027-03-28T11:00:00Z", Map.of());
        assertThat(afternoon.status()).as("13:00 CEST on the spring-forward day").isEqualTo(201);
        refused(book(c, patient(c, Map.of()), "prp", "2027-10-31T15:30:00Z", Map.of()), 422, "OUTSIDE_HOURS");
    }

    @Test
    void anotherTenantsAppointmentsAndResourcesAre404() {
        Clinic a = clinic("Asia/Riyadh");
        Clinic b = clinic("Asia/Riyadh");
        String patient = patient(a, Map.of());
        String id = book(a, patient, "prp", SUNDAY_10AM, Map.of()).text("id");

        assertThat(api().get("/appointments/" + id, b.key()).status()).isEqualTo(404);
        for (String action : List.of("check-in", "complete", "no-show", "cancel")) {
            assertThat(api().post("/appointments/" + id + "/" + action, b.key(), "{}").status()).as(action)
                    .isEqualTo(404);
        }
        assertThat(api().post("/appointments/" + id + "/reschedule", b.key(), Map.of("start", SUNDAY_10AM))
                .status()).isEqualTo(404);
        assertThat(api().get("/appointments?locationId=" + a.location() + "&from=2027-01-01T00:00:00Z"
                + "&to=2027-02-01T00:00:00Z", b.key()).status()).isEqualTo(404);
        assertThat(api().get("/availability?locationId=" + a.location() + "&treatmentId=prp&from=2027-01-10"
                + "&to=2027-01-10", b.key()).status()).isEqualTo(404);
        Map<String, Object> foreignPatient = Map.of("patientId", patient, "treatmentId", "prp",
                "locationId", b.location(), "start", SUNDAY_10AM);
        assertThat(api().post("/appointments", b.key(), foreignPatient).status()).isEqualTo(404);
        Map<String, Object> foreignLocation = Map.of("patientId", patient(b, Map.of()), "treatmentId", "prp",
                "locationId", a.location(), "start", SUNDAY_10AM);
        assertThat(api().post("/appointments", b.key(), foreignLocation).status()).isEqualTo(404);
        Map<String, Object> foreignPractitioner = Map.of("patientId", patient(b, Map.of()), "treatmentId", "prp",
                "locationId", b.location(), "start", SUNDAY_10AM, "practitionerId", a.physician());
        assertThat(api().post("/appointments", b.key(), foreignPractitioner).status()).isEqualTo(404);
        assertThat(api().get("/appointments/" + id, a.key()).text("status")).isEqualTo("BOOKED");
    }
}
