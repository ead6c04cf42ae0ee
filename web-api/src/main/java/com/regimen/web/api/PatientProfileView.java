package com.regimen.web.api;

import com.regimen.core.frontdesk.PatientProfile;
import com.regimen.core.frontdesk.PatientProfileDao;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The patient profile the desk opens from the search: one read, newest first, at most 100 of each list. */
@Schema(description = "A patient's details, intake history, screenings, clearances, appointments, course progress, "
        + "payments (with who took each), what is still due, whether a card is on file, and the signed consents")
public record PatientProfileView(
        PatientView patient,
        List<IntakeVersion> intakes,
        List<ScreeningSummary> screenings,
        List<ClearanceView> clearances,
        List<AppointmentView> appointments,
        List<CourseProgress> courses,
        List<PaymentView> payments,
        @Schema(description = "minor units per currency still owed by the patient's appointments") Map<String, Long> due,
        @Schema(description = "minor units per currency paid, less refunds") Map<String, Long> paid,
        boolean cardOnFile,
        @Schema(description = "the patient's signed consents, newest first; each `current` when of the treatment's "
                + "current consent version") List<ConsentViews.Consent> consents) {

    /** One version of the patient's intake answers. */
    public record IntakeVersion(int version, Instant recordedAt) {
    }

    /** A screening, without its findings (GET /v1/screenings/{id} has them). */
    public record ScreeningSummary(String id, String treatmentId, String outcome, Instant createdAt) {
    }

    /** A course: how many of its sessions are done, of how many booked. */
    public record CourseProgress(String courseId, String treatmentId, int sessions, int completed, int cancelled) {
    }

    public static PatientProfileView of(PatientProfile p, Instant now) {
        return new PatientProfileView(PatientView.of(p.patient()),
                p.intakes().stream().map(PatientProfileView::intake).toList(),
                p.screenings().stream().map(PatientProfileView::screening).toList(),
                p.clearances().stream().map(c -> ClearanceView.of(c, now)).toList(),
                p.appointments().stream().map(a -> AppointmentView.of(a, List.of())).toList(),
                p.courses().stream().map(PatientProfileView::course).toList(),
                p.payments().stream().map(x -> PaymentView.of(x, null, null, p.takenBy().get(x.id()))).toList(),
                p.due(), p.paid(), p.cardOnFile(), p.consents().stream().map(ConsentViews.Consent::of).toList());
    }

    private static IntakeVersion intake(PatientProfileDao.IntakeVersion v) {
        return new IntakeVersion(v.version(), v.recordedAt());
    }

    private static ScreeningSummary screening(PatientProfileDao.ScreeningSummary s) {
        return new ScreeningSummary(s.id(), s.treatmentId(), s.outcome(), s.createdAt());
    }

    private static CourseProgress course(PatientProfile.CourseProgress c) {
        return new CourseProgress(c.courseId(), c.treatmentId(), c.sessions(), c.completed(), c.cancelled());
    }
}
