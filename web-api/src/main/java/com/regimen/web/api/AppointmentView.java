package com.regimen.web.api;

import com.regimen.core.booking.Appointment;
import com.regimen.core.booking.AppointmentStatus;
import com.regimen.core.booking.BookedAppointment;
import com.regimen.core.booking.ClinicalState;
import com.regimen.core.inventory.ReservedConsumable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

public record AppointmentView(String id, AppointmentStatus status, String patientId, String treatmentId,
                              String pluginVersion, String locationId, String practitionerId, String roomId,
                              @Schema(nullable = true) String courseId, int sessionNumber, Instant start,
                              Instant end, Money price,
                              Money deposit, @Schema(nullable = true) Money cancellationFee,
                              @Schema(nullable = true) String cancelReason, String screeningId,
                              List<ReservedConsumableView> reservedConsumables, Instant createdAt,
                              @Schema(nullable = true) Instant updatedAt,
                              @Schema(nullable = true) Boolean needsReview,
                              @Schema(nullable = true) ClearanceStateView clearance,
                              @Schema(nullable = true, description = "Pre-care and after-care in the patient's "
                                      + "language (and both languages); only on GET /v1/appointments/{id}")
                              ConsentViews.Care careInstructions) {

    public static AppointmentView of(BookedAppointment booked) {
        return of(booked.appointment(), booked.reservedConsumables());
    }

    public static AppointmentView of(BookedAppointment booked, ClinicalState state) {
        return of(booked.appointment(), booked.reservedConsumables(), state);
    }

    public static AppointmentView of(Appointment a, List<ReservedConsumable> held) {
        return of(a, held, null);
    }

    /**
     * {@code needsReview}: newer intake answers than the appointment's last screening (re-screen with
     * POST .../review, or it happens at check-in); {@code clearance}: NOT_NEEDED, NEEDED or CLEARED by whom until when.
     */
    public static AppointmentView of(Appointment a, List<ReservedConsumable> held, ClinicalState state) {
        return new AppointmentView(a.id(), a.status(), a.patientId(), a.treatmentId(), a.pluginVersion(),
                a.locationId(), a.practitionerId(), a.roomId(), a.courseId(), a.sessionNumber(), a.startsAt(),
                a.endsAt(), new Money(a.price(), a.currency()), new Money(a.deposit(), a.currency()),
                a.cancellationFee() == null ? null : new Money(a.cancellationFee(), a.currency()), a.cancelReason(),
                a.screeningId(), held.stream().map(ReservedConsumableView::of).toList(), a.createdAt(), a.updatedAt(),
                state == null ? null : state.needsReview(),
                state == null || state.clearance() == null ? null : ClearanceStateView.of(state.clearance()), null);
    }

    /** The same appointment with its care instructions. */
    public AppointmentView withCare(ConsentViews.Care care) {
        return new AppointmentView(id, status, patientId, treatmentId, pluginVersion, locationId, practitionerId,
                roomId, courseId, sessionNumber, start, end, price, deposit, cancellationFee, cancelReason,
                screeningId, reservedConsumables, createdAt, updatedAt, needsReview, clearance, care);
    }
}
