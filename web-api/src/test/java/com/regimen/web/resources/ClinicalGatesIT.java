package com.regimen.web.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.regimen.core.testing.TestDatabase;
import com.regimen.web.testing.SharedServer;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.testing.Api;
import com.regimen.web.testing.ClinicalStaff;
import com.regimen.web.testing.Clinics;
import com.regimen.web.testing.Clinics.Clinic;
import com.regimen.web.testing.Reply;
import com.regimen.web.testing.TestApps;
import com.regimen.web.testing.TestRegimenApplication;
import com.regimen.web.testing.Tenants;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clinical gates on every path, on real MariaDB through the public API: only a physician
 * clears, a clearance answers only the findings it names, and reschedule and check-in re-screen.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ClinicalGatesIT {
    private static final TestDatabase DB = SharedServer.DB;
    private static final DropwizardAppExtension<RegimenConfiguration> APP = SharedServer.APP;
    /** Sunday 10 January 2027, 10:00 in Riyadh (UTC+3). */
    private static final String SUNDAY_10AM = "2027-01-10T07:00:00Z";
    private static final String MONDAY_10AM = "2027-01-11T07:00:00Z";

    private Api api() {
        return TestApps.api(APP);
    }

    private Clinic clinic() {
        return Clinics.open(api(), "Asia/Riyadh", 500);
    }

    private static void refused(Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.text("code")).as(reply.toString()).isEqualTo(code);
    }

    /** Every question of the offered treatments answered "no", then {@code answers}: a whole intake version. */
    private static Map<String, Object> intake(Map<String, Object> answers) {
        Map<String, Object> all = new HashMap<>(Map.of("LIVER_DISEASE", false, "BLOOD_DISORDER", false));
        for (String code : List.of("CANCER", "PREGNANT", "BREASTFEEDING", "ACTIVE_INFECTION", "ANTICOAGULANTS",
                "IMMUNE_DISORDER", "SKIN_DISEASE_AT_SITE", "EXOSOME_ALLERGY", "DIABETES", "HYPERTENSION",
                "CARDIOVASCULAR_DISEASE", "SMOKED_OR_DRANK_LAST_48H", "MESO_INGREDIENT_ALLERGY",
                "SEVERE_ALLERGIC_REACTION_HISTORY")) {
            all.put(code, false);
        }
        all.put("MEDICATIONS", List.of());
        all.putAll(answers);
        return all;
    }

    private void answer(Clinic c, String patient, Map<String, Object> answers) {
        Reply reply = api().put("/patients/" + patient + "/intake", c.key(), Map.of("answers", intake(answers)));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    private Reply clear(String token, String patient, String treatment, String note) {
        return api().post("/patients/" + patient + "/clearances", token, Map.of("treatmentId", treatment,
                "note", note));
    }

    private JsonNode appointment(Clinic c, String id) {
        return api().get("/appointments/" + id, c.key()).json();
    }

    private long audits(Clinic c, String action) {
        return DB.count("SELECT COUNT(*) FROM audit_events WHERE tenant_id = ? AND action = ?", c.tenant().tenantId(),
                action);
    }

    private void sql(String statement, Object... arguments) throws Exception {
        try (Connection connection = DB.dataSource().getConnection();
             PreparedStatement update = connection.prepareStatement(statement)) {
            for (int i = 0; i < arguments.length; i++) {
                update.setObject(i + 1, arguments[i]);
            }
            update.executeUpdate();
        }
    }

    @Test
    void onlyAPhysicianUserClearsAndTheClearanceBooks() {
        Clinic c = clinic();
        String diabetic = Clinics.patient(api(), c, Map.of("DIABETES", true));
        refused(Clinics.book(api(), c, diabetic, "exosome", SUNDAY_10AM, Map.of()), 422, "CLEARANCE_REQUIRED");
        // The old way, a clearance in the booking body naming any physician, is refused outright.
        refused(Clinics.book(api(), c, diabetic, "exosome", SUNDAY_10AM, Map.of("clearance",
                Map.of("practitionerId", c.physician(), "note", "fine"))), 422, "CLEARANCE_NOT_ACCEPTED");

        Tenants.Staff desk = Tenants.staff(api(), c.tenant(), "FRONT_DESK");
        Tenants.Staff unlinked = Tenants.staff(api(), c.tenant(), "PRACTITIONER");
        Tenants.Staff nurse = ClinicalStaff.linkedTo(api(), c, c.nurse());
        assertThat(clear(desk.token(), diabetic, "exosome", "ok").status()).isEqualTo(403);
        refused(clear(c.key(), diabetic, "exosome", "ok"), 403, "PHYSICIAN_REQUIRED"); // the owner's API key
        refused(clear(unlinked.token(), diabetic, "exosome", "ok"), 403, "PHYSICIAN_REQUIRED");
        refused(clear(nurse.token(), diabetic, "exosome", "ok"), 403, "PHYSICIAN_REQUIRED");
        String owner = Tenants.signIn(api(), c.tenant().tenantId(), c.tenant().ownerEmail(), Tenants.PASSWORD);
        refused(clear(owner, diabetic, "exosome", "ok"), 403, "PHYSICIAN_REQUIRED");
        assertThat(DB.count("SELECT COUNT(*) FROM clearances WHERE tenant_id = ?", c.tenant().tenantId())).isZero();
        refused(Clinics.book(api(), c, diabetic, "exosome", SUNDAY_10AM, Map.of()), 422, "CLEARANCE_REQUIRED");

        Tenants.Staff doctor = ClinicalStaff.linkedTo(api(), c, c.physician());
        Reply cleared = clear(doctor.token(), diabetic, "exosome", "HbA1c 6.1, controlled; cleared");
        assertThat(cleared.status()).as(cleared.toString()).isEqualTo(201);
        assertThat(cleared.json().get("findings")).extracting(JsonNode::asText).containsExactly("EXOSOME_DIABETES");
        assertThat(cleared.text("physicianId")).isEqualTo(c.physician());
        assertThat(cleared.text("clearedBy")).isEqualTo(doctor.userId());
        assertThat(Duration.between(Instant.parse(cleared.text("clearedAt")), Instant.parse(cleared.text("expiresAt"))))
                .isEqualTo(Duration.ofDays(90));
        assertThat(audits(c, "clearance.recorded")).isEqualTo(1);

        Reply booked = Clinics.book(api(), c, diabetic, "exosome", SUNDAY_10AM, Map.of());
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        JsonNode clearance = booked.json().get("clearance");
        assertThat(clearance.get("status").asText()).isEqualTo("CLEARED");
        assertThat(clearance.get("clearanceId").asText()).isEqualTo(cleared.text("id"));
        assertThat(clearance.get("physicianName").asText()).isEqualTo("Dr. Huda");
        assertThat(clearance.get("expiresAt").asText()).isEqualTo(cleared.text("expiresAt"));
        JsonNode listed = api().get("/patients/" + diabetic + "/clearances", c.key()).json().get("data");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("valid").asBoolean()).isTrue();

        // Another chain sees none of it.
        Clinic other = clinic();
        assertThat(api().get("/patients/" + diabetic + "/clearances", other.key()).status()).isEqualTo(404);
        Tenants.Staff otherDoctor = ClinicalStaff.linkedTo(api(), other, other.physician());
        assertThat(clear(otherDoctor.token(), diabetic, "exosome", "ok").status()).isEqualTo(404);
        assertThat(api().post("/patients/" + diabetic + "/clearances/" + cleared.text("id") + "/revoke",
                otherDoctor.token(), Map.of()).status()).isEqualTo(404);

        // Revoked, it covers nothing: the appointment shows it, check-in and a new booking refuse.
        String revoke = "/patients/" + diabetic + "/clearances/" + cleared.text("id") + "/revoke";
        assertThat(api().post(revoke, desk.token(), Map.of()).status()).isEqualTo(403);
        refused(api().post(revoke, nurse.token(), Map.of()), 403, "PHYSICIAN_REQUIRED");
        Reply revoked = api().post(revoke, doctor.token(), Map.of("reason", "new lab results"));
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
        assertThat(revoked.json().get("valid").asBoolean()).isFalse();
        refused(api().post(revoke, owner, Map.of()), 409, "ALREADY_REVOKED");
        assertThat(audits(c, "clearance.revoked")).isEqualTo(1);
        assertThat(appointment(c, booked.text("id")).get("clearance").get("status").asText()).isEqualTo("NEEDED");
        refused(api().post("/appointments/" + booked.text("id") + "/check-in", c.key(), "{}"), 422,
                "CLEARANCE_REQUIRED");
        refused(Clinics.book(api(), c, diabetic, "exosome", MONDAY_10AM, Map.of()), 422, "CLEARANCE_REQUIRED");
        assertThat(appointment(c, booked.text("id")).get("status").asText()).isEqualTo("BOOKED");
        assertThat(DB.count("SELECT COUNT(*) FROM appointments WHERE tenant_id = ?", c.tenant().tenantId()))
                .isEqualTo(1);
    }

    @Test
    void aNewFindingIsNotCoveredByAnOldClearance() {
        Clinic c = clinic();
        Tenants.Staff doctor = ClinicalStaff.linkedTo(api(), c, c.physician());
        String patient = Clinics.patient(api(), c, Map.of("DIABETES", true));
        assertThat(clear(doctor.token(), patient, "exosome", "diabetes controlled").status()).isEqualTo(201);
        Reply booked = Clinics.book(api(), c, patient, "exosome", SUNDAY_10AM, Map.of());
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        String id = booked.text("id");
        assertThat(booked.json().get("needsReview").asBoolean()).isFalse();

        answer(c, patient, Map.of("DIABETES", true, "HYPERTENSION", true));
        assertThat(appointment(c, id).get("needsReview").asBoolean()).isTrue();
        JsonNode day = api().get("/appointments?locationId=" + c.location()
                + "&from=2027-01-10T00:00:00Z&to=2027-01-11T00:00:00Z", c.key()).json().get("data");
        assertThat(day).hasSize(1);
        assertThat(day.get(0).get("needsReview").asBoolean()).isTrue();

        Reply checkIn = api().post("/appointments/" + id + "/check-in", c.key(), "{}");
        refused(checkIn, 422, "CLEARANCE_REQUIRED");
        assertThat(checkIn.json().get("uncovered")).extracting(JsonNode::asText)
                .contains("EXOSOME_HYPERTENSION", "EXOSOME_DIABETES");
        refused(api().post("/appointments/" + id + "/review", c.key(), "{}"), 422, "CLEARANCE_REQUIRED");
        refused(api().post("/appointments/" + id + "/reschedule", c.key(), Map.of("start", MONDAY_10AM)), 422,
                "CLEARANCE_REQUIRED");

        // A clearance answers only findings the patient has now, and never a BLOCK.
        refused(api().post("/patients/" + patient + "/clearances", doctor.token(), Map.of("treatmentId", "exosome",
                "findings", List.of("EXOSOME_CARDIOVASCULAR"), "note", "n")), 422, "FINDING_NOT_PRESENT");
        String healthy = Clinics.patient(api(), c, Map.of());
        refused(clear(doctor.token(), healthy, "exosome", "n"), 422, "NOTHING_TO_CLEAR");
        String blocked = Clinics.patient(api(), c, Map.of("PREGNANT", true));
        refused(clear(doctor.token(), blocked, "exosome", "n"), 422, "CONTRAINDICATED");
        // One naming only the old finding does not cover the new one either.
        assertThat(api().post("/patients/" + patient + "/clearances", doctor.token(), Map.of("treatmentId",
                "exosome", "findings", List.of("EXOSOME_DIABETES"), "note", "again")).status()).isEqualTo(201);
        refused(api().post("/appointments/" + id + "/check-in", c.key(), "{}"), 422, "CLEARANCE_REQUIRED");

        Reply both = clear(doctor.token(), patient, "exosome", "blood pressure treated; cleared");
        assertThat(both.json().get("findings")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("EXOSOME_DIABETES", "EXOSOME_HYPERTENSION");
        Reply reviewed = api().post("/appointments/" + id + "/review", c.key(), "{}");
        assertThat(reviewed.status()).as(reviewed.toString()).isEqualTo(200);
        assertThat(reviewed.json().get("needsReview").asBoolean()).isFalse();
        assertThat(reviewed.json().get("clearance").get("clearanceId").asText()).isEqualTo(both.text("id"));
        assertThat(api().post("/appointments/" + id + "/check-in", c.key(), "{}").text("status"))
                .isEqualTo("CHECKED_IN");
    }

    @Test
    void aBlockReportedAfterBookingRefusesRescheduleAndEachSessionsCheckIn() {
        Clinic c = clinic();
        String patient = Clinics.patient(api(), c, Map.of());
        Reply course = api().post("/courses", c.key(), Map.of("patientId", patient, "treatmentId", "prp",
                "locationId", c.location(), "sessions", 2, "firstStart", MONDAY_10AM));
        assertThat(course.status()).as(course.toString()).isEqualTo(201);
        String first = course.json().get("appointments").get(0).get("id").asText();
        String second = course.json().get("appointments").get(1).get("id").asText();
        assertThat(api().post("/appointments/" + first + "/check-in", c.key(), "{}").text("status"))
                .isEqualTo("CHECKED_IN");
        assertThat(api().post("/appointments/" + first + "/complete", c.key(), "{}").text("status"))
                .isEqualTo("COMPLETED");

        answer(c, patient, Map.of("LIVER_DISEASE", true));
        assertThat(appointment(c, second).get("needsReview").asBoolean()).isTrue();
        Reply reschedule = api().post("/appointments/" + second + "/reschedule", c.key(),
                Map.of("start", "2027-02-09T07:00:00Z"));
        refused(reschedule, 422, "CONTRAINDICATED");
        assertThat(reschedule.json().get("findings").get(0).get("code").asText()).isEqualTo("PRP_LIVER_DISEASE");
        refused(api().post("/appointments/" + second + "/check-in", c.key(), "{}"), 422, "CONTRAINDICATED");
        JsonNode after = appointment(c, second);
        assertThat(after.get("status").asText()).isEqualTo("BOOKED");
        assertThat(after.get("start").asText()).isEqualTo("2027-02-08T07:00:00Z");
        assertThat(DB.count("SELECT COUNT(*) FROM audit_events WHERE tenant_id = ? AND entity_id = ? AND action IN "
                + "('appointment.checked_in', 'appointment.rescheduled')", c.tenant().tenantId(), second)).isZero();

        // The answers corrected (it was a mistake), the same session passes again.
        answer(c, patient, Map.of());
        assertThat(api().post("/appointments/" + second + "/check-in", c.key(), "{}").text("status"))
                .isEqualTo("CHECKED_IN");
    }

    @Test
    void availabilityForAPatientPassesTheSameGateAsBooking() throws Exception {
        Clinic c = clinic();
        String slots = "/availability?locationId=" + c.location() + "&treatmentId=exosome&from=2027-01-10&to=2027-01-10"
                + "&patientId=";
        String healthy = Clinics.patient(api(), c, Map.of());
        Reply offered = api().get(slots + healthy, c.key());
        assertThat(offered.status()).as(offered.toString()).isEqualTo(200);
        assertThat(offered.json().get("slots").size()).isGreaterThan(0);
        refused(api().get(slots + Clinics.patient(api(), c, Map.of("PREGNANT", true)), c.key()), 422,
                "CONTRAINDICATED");
        String diabetic = Clinics.patient(api(), c, Map.of("DIABETES", true));
        refused(api().get(slots + diabetic, c.key()), 422, "CLEARANCE_REQUIRED");
        assertThat(clear(ClinicalStaff.linkedTo(api(), c, c.physician()).token(), diabetic, "exosome", "controlled")
                .status()).isEqualTo(201);
        assertThat(api().get(slots + diabetic, c.key()).status()).isEqualTo(200);
        sql("UPDATE patient_intakes SET recorded_at = recorded_at - INTERVAL 200 DAY WHERE tenant_id = ? "
                + "AND patient_id = ?", c.tenant().tenantId(), healthy);
        refused(api().get(slots + healthy, c.key()), 422, "INTAKE_STALE");
        assertThat(api().get(slots + healthy, clinic().key()).status()).as("another chain's patient").isEqualTo(404);
    }

    @Test
    void aClearanceForOneUnknownMedicineDoesNotCoverAnother() {
        Clinic c = clinic();
        Tenants.Staff doctor = ClinicalStaff.linkedTo(api(), c, c.physician());
        String patient = Clinics.patient(api(), c, Map.of("MEDICATIONS", List.of("Zorbelix 10mg")));
        Reply cleared = clear(doctor.token(), patient, "exosome", "Zorbelix is a vitamin; fine");
        assertThat(cleared.status()).as(cleared.toString()).isEqualTo(201);
        Reply booked = Clinics.book(api(), c, patient, "exosome", SUNDAY_10AM, Map.of());
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        String id = booked.text("id");

        // Same code, UNRECOGNISED_MEDICINE, but another drug: a new finding the old clearance never saw.
        answer(c, patient, Map.of("MEDICATIONS", List.of("Quorvanil 5mg")));
        Reply checkIn = api().post("/appointments/" + id + "/check-in", c.key(), "{}");
        refused(checkIn, 422, "CLEARANCE_REQUIRED");
        assertThat(checkIn.json().get("uncovered")).extracting(JsonNode::asText)
                .containsExactly("UNRECOGNISED_MEDICINE");

        // Back to what was cleared, it is covered again.
        answer(c, patient, Map.of("MEDICATIONS", List.of("Zorbelix 10mg")));
        assertThat(api().post("/appointments/" + id + "/check-in", c.key(), "{}").text("status"))
                .isEqualTo("CHECKED_IN");
    }

    @Test
    void aSessionIsNotCompletedOnAnswersItsScreeningNeverSaw() {
        Clinic c = clinic();
        String patient = Clinics.patient(api(), c, Map.of());
        Reply booked = Clinics.book(api(), c, patient, "prp", MONDAY_10AM, Map.of());
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        String id = booked.text("id");
        assertThat(api().post("/appointments/" + id + "/check-in", c.key(), "{}").text("status"))
                .isEqualTo("CHECKED_IN");

        answer(c, patient, Map.of("LIVER_DISEASE", true));
        refused(api().post("/appointments/" + id + "/complete", c.key(), "{}"), 422, "REVIEW_REQUIRED");
        assertThat(appointment(c, id).get("status").asText()).isEqualTo("CHECKED_IN");
        assertThat(audits(c, "appointment.completed")).isZero();
        refused(api().post("/appointments/" + id + "/review", c.key(), "{}"), 422, "CONTRAINDICATED");
        refused(api().post("/appointments/" + id + "/complete", c.key(), "{}"), 422, "REVIEW_REQUIRED");

        answer(c, patient, Map.of()); // it was a mistake
        Reply reviewed = api().post("/appointments/" + id + "/review", c.key(), "{}");
        assertThat(reviewed.status()).as(reviewed.toString()).isEqualTo(200);
        assertThat(api().post("/appointments/" + id + "/complete", c.key(), "{}").text("status"))
                .isEqualTo("COMPLETED");
        assertThat(audits(c, "appointment.completed")).isEqualTo(1);
    }

    @Test
    void aStaleIntakeIsRefusedUntilConfirmed() throws Exception {
        Clinic c = clinic();
        String patient = Clinics.patient(api(), c, Map.of());
        sql("UPDATE patient_intakes SET recorded_at = recorded_at - INTERVAL 200 DAY WHERE tenant_id = ? "
                + "AND patient_id = ?", c.tenant().tenantId(), patient);
        Reply stale = Clinics.book(api(), c, patient, "prp", SUNDAY_10AM, Map.of());
        refused(stale, 422, "INTAKE_STALE");
        assertThat(stale.json().get("intakeVersion").asInt()).isEqualTo(1);

        // The tenant may allow older intakes; then shortens the limit again.
        refused(api().put("/clinical-settings", c.key(), Map.of("clearanceValidDays", 90, "intakeValidDays", 0)), 400,
                "VALIDATION_FAILED");
        assertThat(api().put("/clinical-settings", c.key(), Map.of("clearanceValidDays", 90, "intakeValidDays", 365))
                .status()).isEqualTo(200);
        Reply booked = Clinics.book(api(), c, patient, "prp", SUNDAY_10AM, Map.of());
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        assertThat(api().put("/clinical-settings", c.key(), Map.of("clearanceValidDays", 90, "intakeValidDays", 30))
                .status()).isEqualTo(200);
        assertThat(api().get("/clinical-settings", c.key()).json().get("intakeValidDays").asInt()).isEqualTo(30);
        String id = booked.text("id");
        refused(api().post("/appointments/" + id + "/reschedule", c.key(), Map.of("start", MONDAY_10AM)), 422,
                "INTAKE_STALE");
        refused(api().post("/appointments/" + id + "/check-in", c.key(), "{}"), 422, "INTAKE_STALE");

        Reply confirmed = api().post("/patients/" + patient + "/intake/confirm", c.key(), "{}");
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(confirmed.json().get("version").asInt()).isEqualTo(1);
        assertThat(audits(c, "patient_intake.confirmed")).isEqualTo(1);
        // Confirming changes no answers, so it raises no review flag.
        assertThat(appointment(c, id).get("needsReview").asBoolean()).isFalse();
        assertThat(api().post("/appointments/" + id + "/reschedule", c.key(), Map.of("start", MONDAY_10AM))
                .status()).isEqualTo(200);
        String noIntake = api().post("/patients", c.key(), Map.of("name", "New")).text("id");
        refused(api().post("/patients/" + noIntake + "/intake/confirm", c.key(), "{}"), 404, "NOT_FOUND");
    }

    @Test
    void accreditationRemovedAfterBookingRefusesRescheduleAndCheckIn() {
        Clinic c = clinic();
        Map<String, Object> location = new HashMap<>(Map.of("name", "Branch", "timezone", "Asia/Riyadh",
                "closures", List.of(), "accreditations", List.of("stem-cell")));
        Map<String, Object> hours = new HashMap<>();
        for (String day : List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT")) {
            hours.put(day, List.of(List.of("09:00", "17:00")));
        }
        location.put("openingHours", hours);
        assertThat(api().put("/locations/" + c.location(), c.key(), location).status()).isEqualTo(200);
        api().put("/treatments/stem-cell/settings", c.key(), Map.of("enabled", true,
                "prices", Map.of("course.autologous", 3_000_000, "course.donor", 4_000_000)));
        for (String sku : List.of("stem-cell-kit", "needle-27g")) {
            api().post("/inventory/items", c.key(), Map.of("sku", sku, "name", sku, "unit", "piece"));
            assertThat(api().post("/inventory/receipts", c.key(), Map.of("locationId", c.location(), "sku", sku,
                    "lotNumber", "LOT-" + sku, "expiresOn", "2030-01-01", "quantity", 50)).status()).isEqualTo(201);
        }
        String patient = Clinics.patient(api(), c, Map.of());
        Reply booked = Clinics.book(api(), c, patient, "stem-cell", SUNDAY_10AM, Map.of());
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);

        location.put("accreditations", List.of());
        assertThat(api().put("/locations/" + c.location(), c.key(), location).status()).isEqualTo(200);
        String id = booked.text("id");
        refused(api().post("/appointments/" + id + "/reschedule", c.key(), Map.of("start", MONDAY_10AM)), 422,
                "NOT_ACCREDITED");
        refused(api().post("/appointments/" + id + "/check-in", c.key(), "{}"), 422, "NOT_ACCREDITED");
        assertThat(appointment(c, id).get("start").asText()).isEqualTo(SUNDAY_10AM);
    }

    @Test
    void anExpiredLicenceRefusesRescheduleAndCheckIn() {
        Clinic c = clinic();
        String patient = Clinics.patient(api(), c, Map.of());
        Reply booked = Clinics.book(api(), c, patient, "prp", SUNDAY_10AM, Map.of("practitionerId", c.nurse()));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        String id = booked.text("id");
        // The nurse's licence runs out on the Monday: the Sunday stands, a move to Tuesday does not.
        ClinicalStaff.update(api(), c, c.nurse(), Map.of("credentials", List.of(Map.of("type", "NURSE",
                "licenceNumber", "N-1", "expiresOn", "2027-01-11"))));
        refused(api().post("/appointments/" + id + "/reschedule", c.key(), Map.of("start", "2027-01-12T07:00:00Z")),
                422, "CREDENTIAL_MISSING");
        assertThat(api().post("/appointments/" + id + "/reschedule", c.key(), Map.of("start", MONDAY_10AM))
                .status()).isEqualTo(200);
        ClinicalStaff.update(api(), c, c.nurse(), Map.of("credentials", List.of(Map.of("type", "NURSE",
                "licenceNumber", "N-1", "expiresOn", "2027-01-05"))));
        refused(api().post("/appointments/" + id + "/check-in", c.key(), "{}"), 422, "CREDENTIAL_MISSING");
        assertThat(appointment(c, id).get("status").asText()).isEqualTo("BOOKED");
    }

    /** The next whole hour from 10:00 to 16:00 in Riyadh at least half an hour ahead: always within a day. */
    private static String soonInOpeningHours() {
        java.time.ZonedDateTime hour = TestRegimenApplication.CLOCK.instant().plus(Duration.ofMinutes(30))
                .atZone(java.time.ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.HOURS).plusHours(1);
        while (hour.getHour() < 7 || hour.getHour() > 13) {
            hour = hour.plusHours(1);
        }
        return hour.toInstant().toString();
    }

    @Test
    void aClearanceExpiresAfterTheTenantsPeriod() {
        Clinic c = clinic();
        assertThat(api().put("/clinical-settings", c.key(), Map.of("clearanceValidDays", 1, "intakeValidDays", 180))
                .status()).isEqualTo(200);
        Tenants.Staff doctor = ClinicalStaff.linkedTo(api(), c, c.physician());
        String patient = Clinics.patient(api(), c, Map.of("HYPERTENSION", true));
        Reply cleared = clear(doctor.token(), patient, "exosome", "controlled");
        assertThat(Duration.between(Instant.parse(cleared.text("clearedAt")), Instant.parse(cleared.text("expiresAt"))))
                .isEqualTo(Duration.ofDays(1));
        // A session within the clearance's one day: it must still hold on the session's day.
        Reply booked = Clinics.book(api(), c, patient, "exosome", soonInOpeningHours(), Map.of());
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);

        TestRegimenApplication.CLOCK.advance(Duration.ofDays(1).plusMinutes(1));
        assertThat(appointment(c, booked.text("id")).get("clearance").get("status").asText()).isEqualTo("NEEDED");
        refused(api().post("/appointments/" + booked.text("id") + "/check-in", c.key(), "{}"), 422,
                "CLEARANCE_REQUIRED");
        refused(Clinics.book(api(), c, patient, "exosome", MONDAY_10AM, Map.of()), 422, "CLEARANCE_REQUIRED");
        assertThat(api().get("/patients/" + patient + "/clearances", c.key()).json().get("data").get(0).get("valid")
                .asBoolean()).isFalse();
    }
}
