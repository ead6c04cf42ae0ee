package com.regimen.web.resources;

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

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Patch tests carry when they were applied and read; mesotherapy's (48 hours' wait, valid 180 days)
 * decide booking: the latest reading counts, a positive one needs a physician's clearance.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class PatchTestsIT {
    private static final TestDatabase DB = SharedServer.DB;
    private static final DropwizardAppExtension<RegimenConfiguration> APP = SharedServer.APP;

    private Api api() {
        return TestApps.api(APP);
    }

    private static Instant now() {
        return TestRegimenApplication.CLOCK.instant();
    }

    /** 10:00 in Riyadh, {@code days} from today: inside the test clinic's opening hours. */
    private static String tenAmIn(int days) {
        LocalDate day = LocalDate.ofInstant(now(), ZoneOffset.UTC).plusDays(days);
        if (day.equals(LocalDate.of(2027, 2, 7))) {
            day = day.plusDays(1); // the clinic's closure
        }
        return day.atTime(7, 0).toInstant(ZoneOffset.UTC).toString();
    }

    private Reply record(Clinic c, Tenants.Staff by, String patient, Instant applied, Instant read, boolean reaction) {
        return api().post("/patients/" + patient + "/patch-tests", by.token(), Map.of("treatmentId", "mesotherapy",
                "appliedAt", applied.toString(), "readAt", read.toString(), "reaction", reaction));
    }

    private static void refused(Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.text("code")).as(reply.toString()).isEqualTo(code);
    }

    @Test
    void futureTimesAndReadingsBeforeApplyingAreRefusedAndNothingIsWritten() {
        Clinic c = Clinics.open(api(), "Asia/Riyadh", 50);
        Tenants.Staff doctor = Tenants.staff(api(), c.tenant(), "PRACTITIONER");
        String patient = Clinics.patient(api(), c, Map.of());
        Instant past = now().minus(Duration.ofDays(3));
        Reply futureRead = record(c, doctor, patient, past, now().plus(Duration.ofMinutes(2)), false);
        refused(futureRead, 400, "PATCH_TEST_TIME_IN_FUTURE");
        assertThat(futureRead.json().get("errors").get(0).get("field").asText()).isEqualTo("readAt");
        Reply bothFuture = record(c, doctor, patient, now().plus(Duration.ofDays(1)), now().plus(Duration.ofDays(3)),
                false);
        refused(bothFuture, 400, "PATCH_TEST_TIME_IN_FUTURE");
        assertThat(bothFuture.json().get("errors")).hasSize(2);
        refused(record(c, doctor, patient, past, past.minus(Duration.ofHours(1)), false), 400,
                "PATCH_TEST_READ_BEFORE_APPLIED");
        assertThat(api().post("/patients/" + patient + "/patch-tests", doctor.token(), Map.of("treatmentId",
                "mesotherapy", "appliedAt", past.toString(), "reaction", false)).status())
                .as("the reading time is required").isEqualTo(400);
        assertThat(DB.count("SELECT COUNT(*) FROM patch_tests WHERE tenant_id = ?", c.tenant().tenantId())).isZero();
    }

    @Test
    void onlyAPractitionerRecordsAReading() {
        Clinic c = Clinics.open(api(), "Asia/Riyadh", 50);
        String patient = Clinics.patient(api(), c, Map.of());
        Instant applied = now().minus(Duration.ofDays(3));
        for (String role : List.of("OWNER", "MANAGER")) {
            refused(record(c, Tenants.staff(api(), c.tenant(), role), patient, applied, applied.plus(Duration.ofHours(48)),
                    false), 403, "PRACTITIONER_REQUIRED");
        }
        refused(api().post("/patients/" + patient + "/patch-tests", c.key(), Map.of("treatmentId", "mesotherapy",
                "appliedAt", applied.toString(), "readAt", applied.plus(Duration.ofHours(48)).toString(),
                "reaction", false)), 403, "PRACTITIONER_REQUIRED");
        assertThat(DB.count("SELECT COUNT(*) FROM patch_tests WHERE tenant_id = ?", c.tenant().tenantId())).isZero();
        Tenants.Staff doctor = Tenants.staff(api(), c.tenant(), "PRACTITIONER");
        assertThat(record(c, doctor, patient, applied, applied.plus(Duration.ofHours(48)), false).status())
                .isEqualTo(201);
        assertThat(DB.count("SELECT COUNT(*) FROM patch_tests WHERE tenant_id = ?", c.tenant().tenantId()))
                .isEqualTo(1);
    }

    @Test
    void aPositiveReadingAfterANegativeOneRefusesUntilAPhysicianClears() {
        Clinic c = Clinics.open(api(), "Asia/Riyadh", 50);
        Tenants.Staff doctor = Tenants.staff(api(), c.tenant(), "PRACTITIONER");
        String patient = Clinics.patient(api(), c, Map.of());
        Instant day = now().minus(Duration.ofDays(20));
        assertThat(record(c, doctor, patient, day, day.plus(Duration.ofHours(48)), false).status()).isEqualTo(201);
        assertThat(Clinics.book(api(), c, patient, "mesotherapy", tenAmIn(5), Map.of()).status()).isEqualTo(201);

        Instant retest = now().minus(Duration.ofDays(3));
        assertThat(record(c, doctor, patient, retest, retest.plus(Duration.ofHours(49)), true).status())
                .isEqualTo(201);
        Reply screening = api().post("/screenings", c.key(), Map.of("patientId", patient,
                "treatmentId", "mesotherapy"));
        assertThat(screening.text("outcome")).isEqualTo("NEEDS_CLEARANCE");
        assertThat(screening.json().get("findings").get(0).get("code").asText()).isEqualTo("PATCH_TEST_POSITIVE");
        refused(Clinics.book(api(), c, patient, "mesotherapy", tenAmIn(6), Map.of()), 422, "CLEARANCE_REQUIRED");
        Tenants.Staff physician = ClinicalStaff.linkedTo(api(), c, c.physician());
        Reply clearance = api().post("/patients/" + patient + "/clearances", physician.token(), Map.of(
                "treatmentId", "mesotherapy", "note", "Mild erythema only; diluted mix, cleared"));
        assertThat(clearance.status()).as(clearance.toString()).isEqualTo(201);
        assertThat(Clinics.book(api(), c, patient, "mesotherapy", tenAmIn(6), Map.of()).status()).isEqualTo(201);
        assertThat(DB.count("SELECT COUNT(*) FROM appointments WHERE tenant_id = ? AND patient_id = ?",
                c.tenant().tenantId(), patient)).isEqualTo(2);
    }

    @Test
    void theLatestReadingDecidesNotTheLatestRecorded() {
        Clinic c = Clinics.open(api(), "Asia/Riyadh", 50);
        Tenants.Staff doctor = Tenants.staff(api(), c.tenant(), "PRACTITIONER");
        String patient = Clinics.patient(api(), c, Map.of());
        Instant recent = now().minus(Duration.ofDays(4));
        Instant older = now().minus(Duration.ofDays(40));
        record(c, doctor, patient, recent, recent.plus(Duration.ofHours(48)), true);
        // Recorded later, but read earlier: the reaction read since still decides.
        record(c, doctor, patient, older, older.plus(Duration.ofHours(48)), false);
        refused(Clinics.book(api(), c, patient, "mesotherapy", tenAmIn(5), Map.of()), 422, "CLEARANCE_REQUIRED");

        Instant clean = now().minus(Duration.ofDays(2).plusHours(1));
        record(c, doctor, patient, clean, clean.plus(Duration.ofHours(48)), false);
        assertThat(Clinics.book(api(), c, patient, "mesotherapy", tenAmIn(5), Map.of()).status())
                .as("a later clean reading stands").isEqualTo(201);
    }

    @Test
    void aReadingSoonerThanTheMinimumWaitDoesNotCount() {
        Clinic c = Clinics.open(api(), "Asia/Riyadh", 50);
        Tenants.Staff doctor = Tenants.staff(api(), c.tenant(), "PRACTITIONER");
        String patient = Clinics.patient(api(), c, Map.of());
        Instant applied = now().minus(Duration.ofDays(2));
        assertThat(record(c, doctor, patient, applied, applied.plus(Duration.ofHours(24)), false).status())
                .isEqualTo(201);
        refused(Clinics.book(api(), c, patient, "mesotherapy", tenAmIn(5), Map.of()), 422, "PATCH_TEST_TOO_EARLY");
        record(c, doctor, patient, applied, applied.plus(Duration.ofHours(48)), false);
        assertThat(Clinics.book(api(), c, patient, "mesotherapy", tenAmIn(5), Map.of()).status()).isEqualTo(201);
    }

    @Test
    void aReadingOlderThanItsValidityOnTheSessionDayHasExpired() {
        Clinic c = Clinics.open(api(), "Asia/Riyadh", 50);
        Tenants.Staff doctor = Tenants.staff(api(), c.tenant(), "PRACTITIONER");
        String patient = Clinics.patient(api(), c, Map.of());
        Instant read = now().minus(Duration.ofDays(175));
        record(c, doctor, patient, read.minus(Duration.ofHours(48)), read, false);
        assertThat(Clinics.book(api(), c, patient, "mesotherapy", tenAmIn(2), Map.of()).status())
                .as("valid on day 177").isEqualTo(201);
        refused(Clinics.book(api(), c, patient, "mesotherapy", tenAmIn(10), Map.of()), 422, "PATCH_TEST_EXPIRED");
        refused(Clinics.book(api(), c, Clinics.patient(api(), c, Map.of()), "mesotherapy", tenAmIn(3), Map.of()),
                422, "PREREQUISITE_MISSING");
    }
}
