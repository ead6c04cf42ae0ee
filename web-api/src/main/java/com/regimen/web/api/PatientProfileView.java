package com.regimen.web.api;

import com.regimen.core.frontdesk.PatientProfile;
import com.regimen.core.frontdesk.PatientProfileDao;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The patient profile the desk opens from the search: one read, newest first, at most 100 of each list. */
@Schema(description = "A patient's details, intake history, screenings, clearances, appointments, course progress, "
        + "payments, what is still due and whether a card is on file")
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
        @Schema(description = "consents are not recorded yet; always empty", nullable = true) List<Object> consents) {

    public static PatientProfileView of(PatientProfile p, Instant now) {
        return new PatientProfileView(PatientView.of(p.patient()), p.intakes(), p.screenings(),
                p.clearances().stream().map(c -> ClearanceView.of(c, now)).toList(),
                p.appointments().stream().map(a -> AppointmentView.of(a, List.of())).toList(), p.courses(),
                p.payments().stream().map(x -> PaymentView.of(x, null)).toList(), p.due(), p.paid(), p.cardOnFile(),
                List.of());
    }
}
