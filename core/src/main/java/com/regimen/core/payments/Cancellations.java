package com.regimen.core.payments;

import com.regimen.core.booking.Appointment;
import com.regimen.core.booking.AppointmentBook;
import com.regimen.core.identity.StaffIdentity;

import java.util.List;

/**
 * Cancelling an appointment or marking a no-show, then returning to the patient's card what the
 * cancellation policy says is theirs. Two steps on purpose: the cancellation commits whatever
 * Stripe does, and a refund Stripe cannot take now stays PENDING with its key for reconciliation.
 */
public final class Cancellations {
    private final AppointmentBook book;
    private final Refunds refunds;

    public Cancellations(AppointmentBook book, Refunds refunds) {
        this.book = book;
        this.refunds = refunds;
    }

    /** The closed appointment and the refunds its closing started. */
    public record Closed(Appointment appointment, List<Refund> refunds) {
    }

    public Closed cancel(StaffIdentity actor, String appointmentId, String reason) {
        Appointment cancelled = book.cancel(actor, appointmentId, reason);
        return new Closed(cancelled, refunds.byPolicy(actor, appointmentId));
    }

    /** Cancelled only if what the policy keeps now is at most {@code feeAccepted} (409 CANCELLATION_FEE_APPLIES). */
    public Closed cancel(StaffIdentity actor, String appointmentId, String reason, long feeAccepted) {
        Appointment cancelled = book.cancel(actor, appointmentId, reason, feeAccepted);
        return new Closed(cancelled, refunds.byPolicy(actor, appointmentId));
    }

    public Closed noShow(StaffIdentity actor, String appointmentId) {
        Appointment missed = book.noShow(actor, appointmentId);
        return new Closed(missed, refunds.byPolicy(actor, appointmentId));
    }
}
