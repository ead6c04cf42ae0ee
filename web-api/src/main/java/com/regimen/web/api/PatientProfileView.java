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
        List<PatientProfileDao.IntakeVersion> intakes,
        List<PatientProfileDao.ScreeningSummary> screenings,
        List<ClearanceView> clearances,
        List<AppointmentView> appointments,
        List<PatientProfile.CourseProgress> courses,
        List<PaymentView> payments,
        @Schema(description = "minor units per currency still owed by the patient's appointments") Map<String, Long> due,
        @Schema(description = "minor units per currency paid, less refunds") Map<String, Long> paid,
        boolean cardOnFile,
        @Schema(description = "the patient's signed consents, newest first; each `current` when of the treatment's "
                + "current consent version") List<ConsentViews.Consent> consents) {

    public static PatientProfileView of(PatientProfile p, Instant now) {
        return new PatientProfileView(PatientView.of(p.patient()), p.intakes(), p.screenings(),
                p.clearances().stream().map(c -> ClearanceView.of(c, now)).toList(),
                p.appointments().stream().map(a -> AppointmentView.of(a, List.of())).toList(), p.courses(),
                p.payments().stream().map(x -> PaymentView.of(x, null, null, p.takenBy().get(x.id()))).toList(),
                p.due(), p.paid(), p.cardOnFile(), p.consents().stream().map(ConsentViews.Consent::of).toList());
    }
}
