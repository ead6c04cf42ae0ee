package com.regimen.web.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.testing.BookingServer;
import com.regimen.web.testing.Clinics.Clinic;
import com.regimen.web.testing.Reply;
import com.regimen.web.testing.Tenants;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;

import static com.regimen.web.testing.BookingServer.DB;
import static com.regimen.web.testing.BookingServer.SUNDAY_10AM;
import static com.regimen.web.testing.BookingServer.api;
import static com.regimen.web.testing.BookingServer.book;
import static com.regimen.web.testing.BookingServer.clinic;
import static com.regimen.web.testing.BookingServer.patient;
import static com.regimen.web.testing.BookingServer.refused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Booking through the API: the lifecycle and its stock, every rule's refusal, cancelling, rescheduling,
 * courses, and tenant isolation.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class BookingIT {
    private static final DropwizardAppExtension<RegimenConfiguration> APP = BookingServer.APP;

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
