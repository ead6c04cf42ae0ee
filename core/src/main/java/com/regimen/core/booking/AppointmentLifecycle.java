package com.regimen.core.booking;

import com.regimen.core.audit.AuditTrail;
import com.regimen.core.consent.Consents;
import com.regimen.core.errors.DomainException;
import com.regimen.core.inventory.StockReservations;
import com.regimen.core.outbox.Outbox;
import com.regimen.core.scheduling.Practitioner;
import com.regimen.core.scheduling.Practitioners;
import com.regimen.core.identity.StaffIdentity;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An appointment's life after booking: check-in (through the clinical gate again: every session of
 * a course is judged on the intake as it is that day), completion, no-show and cancellation. Each
 * step locks the appointment and compare-and-sets its status.
 */
final class AppointmentLifecycle {
    static final String REVIEW_REQUIRED = "REVIEW_REQUIRED";

    /** The booking transaction (READ COMMITTED, retried when chosen as a deadlock victim). */
    interface Transactions {
        Appointment run(Function<Handle, Appointment> work);
    }

    private interface SideEffect {
        Long apply(Handle handle, Appointment appointment);
    }

    private final Jdbi jdbi;
    private final Clock clock;
    private final Eligibility eligibility;
    private final AuditTrail audit;
    private final Transactions transactions;

    AppointmentLifecycle(Jdbi jdbi, Clock clock, Eligibility eligibility, AuditTrail audit,
                         Transactions transactions) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.eligibility = eligibility;
        this.audit = audit;
        this.transactions = transactions;
    }

    /**
     * Re-screens the latest intake (a new BLOCK is 422 CONTRAINDICATED, an unanswered CLEARANCE
     * finding 422 CLEARANCE_REQUIRED, an old intake 422 INTAKE_STALE), and checks the location's
     * accreditation, the practitioner's licence on the day, the patch test and the patient's signed
     * consent at the treatment's current version (422 CONSENT_REQUIRED), before the status moves.
     */
    Appointment checkIn(StaffIdentity actor, String appointmentId) {
        Appointment booked = bookedOnly(actor, appointmentId, AppointmentStatus.CHECKED_IN);
        Eligibility.Admission admission = eligibility.readmit(actor, booked);
        LocalDate day = booked.startsAt().atZone(admission.location().timezone()).toLocalDate();
        return transition(actor, appointmentId, AppointmentStatus.CHECKED_IN, null, (handle, a) -> {
            Practitioner practitioner = Practitioners.find(handle, actor.tenantId(), a.practitionerId());
            if (!ResourceRules.qualified(practitioner, admission.protocol(), day)) {
                throw BookingRefusal.unprocessable("CREDENTIAL_MISSING", practitioner.name() + " holds no valid "
                        + admission.protocol().requiredCredentials() + " licence on " + day + ".");
            }
            eligibility.stillHolds(handle, actor.tenantId(), admission);
            eligibility.requirePatchTest(handle, actor.tenantId(), admission, a.startsAt());
            Consents.require(handle, actor.tenantId(), a.patientId(), admission.treatment().plugin());
            recordGate(handle, actor, a, admission);
            return null;
        });
    }

    /**
     * The gate again without moving the appointment: after new intake answers or a new clearance,
     * the desk sees at once whether the appointment still stands (and the review flag clears).
     */
    Appointment review(StaffIdentity actor, String appointmentId) {
        Appointment current = jdbi.withHandle(handle -> handle.attach(AppointmentDao.class)
                .find(actor.tenantId(), appointmentId)).orElseThrow(() -> DomainException.notFound("Appointment"));
        if (!current.status().holdsResources()) {
            throw BookingRefusal.invalidTransition(current.status(), current.status());
        }
        Eligibility.Admission admission = eligibility.readmit(actor, current);
        return transactions.run(handle -> {
            AppointmentDao dao = handle.attach(AppointmentDao.class);
            Appointment locked = dao.lock(actor.tenantId(), appointmentId).orElseThrow();
            if (!locked.status().holdsResources()) {
                throw BookingRefusal.invalidTransition(locked.status(), locked.status());
            }
            eligibility.stillHolds(handle, actor.tenantId(), admission);
            recordGate(handle, actor, locked, admission);
            audit.record(handle, actor, "appointment.reviewed", "appointment", appointmentId,
                    Map.of("screeningId", admission.screening().id()));
            return dao.find(actor.tenantId(), appointmentId).orElseThrow();
        });
    }

    /**
     * Completing uses up the held consumables: ledger rows naming the appointment, patient and lot.
     * A session is not completed on a screening the patient's answers have since overtaken (new intake
     * after check-in): the desk reviews the appointment first (422 REVIEW_REQUIRED), so what was given
     * always stands on a gate that saw the latest answers.
     */
    Appointment complete(StaffIdentity actor, String appointmentId) {
        return transition(actor, appointmentId, AppointmentStatus.COMPLETED, null, (handle, a) -> {
            boolean needsReview = handle.attach(AppointmentDao.class).gates(actor.tenantId(), List.of(appointmentId))
                    .stream().anyMatch(AppointmentDao.GateRow::needsReview);
            if (needsReview) {
                throw BookingRefusal.unprocessable(REVIEW_REQUIRED, "The patient's intake answers changed after "
                        + "this appointment was screened: review the appointment before completing it.");
            }
            StockReservations.consume(handle, actor.tenantId(), appointmentId, a.patientId(), actor.actorId(),
                    clock.instant());
            Outbox.completed(handle, actor.tenantId(), a.patientId(), appointmentId, clock.instant());
            return null;
        });
    }

    /** The tenant's no-show fee is fixed on the appointment; the payments module keeps or charges it. */
    Appointment noShow(StaffIdentity actor, String appointmentId) {
        return transition(actor, appointmentId, AppointmentStatus.NO_SHOW, null, (handle, a) -> {
            StockReservations.release(handle, actor.tenantId(), appointmentId);
            Long fee = CancellationPolicies.of(handle, actor.tenantId()).noShowFee(a);
            Outbox.noShowFee(handle, actor.tenantId(), a.patientId(), appointmentId, fee, clock.instant());
            return fee;
        });
    }

    /** Free inside the tenant's free-cancellation window; later, its late-cancel fee. */
    Appointment cancel(StaffIdentity actor, String appointmentId, String reason) {
        return cancel(actor, appointmentId, reason, null);
    }

    /**
     * As {@link #cancel(StaffIdentity, String, String)}, refused (409 CANCELLATION_FEE_APPLIES, nothing
     * written) when the fee it would keep, decided under the appointment's lock, exceeds
     * {@code feeAccepted}: a patient who cancels alone is never charged more than they agreed to.
     */
    Appointment cancel(StaffIdentity actor, String appointmentId, String reason, Long feeAccepted) {
        if (reason != null && reason.length() > 500) {
            throw DomainException.invalid("reason", "must be at most 500 characters");
        }
        return transition(actor, appointmentId, AppointmentStatus.CANCELLED, reason, (handle, a) -> {
            long fee = CancellationPolicies.of(handle, actor.tenantId()).cancellationFee(a, clock.instant());
            if (feeAccepted != null && fee > feeAccepted) {
                throw BookingRefusal.cancellationFeeApplies(fee, a.currency());
            }
            StockReservations.release(handle, actor.tenantId(), appointmentId);
            Outbox.cancelled(handle, actor.tenantId(), a.patientId(), appointmentId, clock.instant());
            return fee;
        });
    }

    /** The appointment, if it is BOOKED: anything else cannot move to {@code next} by these paths. */
    Appointment bookedOnly(StaffIdentity actor, String appointmentId, AppointmentStatus next) {
        Appointment current = jdbi.withHandle(handle -> handle.attach(AppointmentDao.class)
                .find(actor.tenantId(), appointmentId)).orElseThrow(() -> DomainException.notFound("Appointment"));
        if (current.status() != AppointmentStatus.BOOKED) {
            throw BookingRefusal.invalidTransition(current.status(), next);
        }
        return current;
    }

    /** The screening and clearance the appointment now stands on (read by the review flag and the clearance state). */
    static void recordGate(Handle handle, StaffIdentity actor, Appointment appointment,
                           Eligibility.Admission admission) {
        handle.attach(AppointmentDao.class).recordGate(actor.tenantId(), appointment.id(),
                admission.screening().id(), admission.clearanceId());
    }

    /** Locks the appointment, checks the transition, applies its side effect, then compare-and-sets the status. */
    private Appointment transition(StaffIdentity actor, String appointmentId, AppointmentStatus next, String reason,
                                   SideEffect effect) {
        return transactions.run(handle -> {
            AppointmentDao dao = handle.attach(AppointmentDao.class);
            Appointment current = dao.lock(actor.tenantId(), appointmentId)
                    .orElseThrow(() -> DomainException.notFound("Appointment"));
            if (!current.status().canBecome(next) || current.status() == next) {
                throw BookingRefusal.invalidTransition(current.status(), next);
            }
            Long fee = effect.apply(handle, current);
            if (dao.changeStatus(actor.tenantId(), appointmentId, current.status(), next, reason, fee,
                    clock.instant()) != 1) {
                throw BookingRefusal.invalidTransition(current.status(), next);
            }
            audit.record(handle, actor, "appointment." + next.name().toLowerCase(), "appointment", appointmentId,
                    fee == null ? Map.of("from", current.status()) : Map.of("from", current.status(), "fee", fee));
            return dao.find(actor.tenantId(), appointmentId).orElseThrow();
        });
    }
}
