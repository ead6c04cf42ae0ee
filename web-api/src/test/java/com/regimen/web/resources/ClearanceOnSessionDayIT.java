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

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A physician's clearance is checked against the day of each session, not only against today: a
 * clearance valid now but expired by the session's day does not book it, move an appointment to it,
 * or book a course whose later sessions fall after it (the physician's review found such bookings
 * standing until check-in refused them).
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ClearanceOnSessionDayIT {
    private static final TestDatabase DB = SharedServer.DB;
    private static final DropwizardAppExtension<RegimenConfiguration> APP = SharedServer.APP;

    private Api api() {
        return TestApps.api(APP);
    }

    /** 10:00 in Riyadh, {@code days} from the test clock's today (the clinic's closure day skipped). */
    private static String tenAmIn(int days) {
        LocalDate day = LocalDate.ofInstant(TestRegimenApplication.CLOCK.instant(), ZoneOffset.UTC).plusDays(days);
        if (day.equals(LocalDate.of(2027, 2, 7))) {
            day = day.plusDays(1);
        }
        return day.atTime(7, 0).toInstant(ZoneOffset.UTC).toString();
    }

    private static void refused(Reply reply, String code) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.text("code")).as(reply.toString()).isEqualTo(code);
    }

    @Test
    void aClearanceExpiringBeforeTheSessionDoesNotBookMoveOrPlaceIt() {
        Clinic c = Clinics.open(api(), "Asia/Riyadh", 500);
        assertThat(api().put("/clinical-settings", c.key(), Map.of("clearanceValidDays", 4, "intakeValidDays", 180))
                .status()).isEqualTo(200);
        String diabetic = Clinics.patient(api(), c, Map.of("DIABETES", true));
        Tenants.Staff doctor = ClinicalStaff.linkedTo(api(), c, c.physician());
        Reply cleared = api().post("/patients/" + diabetic + "/clearances", doctor.token(), Map.of(
                "treatmentId", "exosome", "note", "HbA1c 6.1, controlled; cleared"));
        assertThat(cleared.status()).as(cleared.toString()).isEqualTo(201);

        Reply inTime = Clinics.book(api(), c, diabetic, "exosome", tenAmIn(2), Map.of());
        assertThat(inTime.status()).as(inTime.toString()).isEqualTo(201);

        Reply late = Clinics.book(api(), c, diabetic, "exosome", tenAmIn(6), Map.of());
        refused(late, "CLEARANCE_EXPIRES_BEFORE_SESSION");
        assertThat(late.text("clearanceId")).isEqualTo(cleared.text("id"));
        assertThat(late.text("expiresAt")).isEqualTo(cleared.text("expiresAt"));

        String id = inTime.text("id");
        refused(api().post("/appointments/" + id + "/reschedule", c.key(), Map.of("start", tenAmIn(7))),
                "CLEARANCE_EXPIRES_BEFORE_SESSION");
        assertThat(api().get("/appointments/" + id, c.key()).text("start")).isEqualTo(inTime.text("start"));

        // The first session is in time, the second (14 days on) is not: the course is refused whole.
        Reply course = api().post("/courses", c.key(), Map.of("patientId", diabetic, "treatmentId", "exosome",
                "locationId", c.location(), "sessions", 3, "firstStart", tenAmIn(1)));
        refused(course, "CLEARANCE_EXPIRES_BEFORE_SESSION");
        assertThat(course.json().get("session").asInt()).isEqualTo(2);
        assertThat(DB.count("SELECT COUNT(*) FROM appointments WHERE tenant_id = ?", c.tenant().tenantId()))
                .isEqualTo(1);
    }
}
