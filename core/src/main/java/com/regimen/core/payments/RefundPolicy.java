package com.regimen.core.payments;

import com.regimen.core.booking.Appointment;
import com.regimen.core.booking.AppointmentStatus;

import java.util.List;

/**
 * What the cancellation policy returns without anyone's approval: whatever was paid beyond what
 * the appointment still owes. After a cancellation or a no-show that is everything but the fee
 * booking decided (nothing until 24 hours before the start, the deposit after); for an appointment
 * that goes ahead it is only an overpayment. Anything more is a manager's decision.
 */
public final class RefundPolicy {
    private RefundPolicy() {
    }

    /** What the appointment owes now: the fee once it is cancelled or a no-show, otherwise its price. */
    public static long owed(Appointment appointment) {
        boolean closed = appointment.status() == AppointmentStatus.CANCELLED
                || appointment.status() == AppointmentStatus.NO_SHOW;
        if (closed) {
            return appointment.cancellationFee() == null ? 0 : appointment.cancellationFee();
        }
        return appointment.price();
    }

    /** Paid and not yet returned or held back for a refund that waits for approval. */
    public static long netPaid(List<Payment> payments, List<Refund> refunds) {
        long paid = payments.stream().filter(p -> p.status() == PaymentStatus.SUCCEEDED).mapToLong(Payment::amount)
                .sum();
        long returned = refunds.stream().filter(r -> r.status().reserves()).mapToLong(Refund::amount).sum();
        return paid - returned;
    }

    public static long refundDue(Appointment appointment, List<Payment> payments, List<Refund> refunds) {
        return Math.max(0, netPaid(payments, refunds) - owed(appointment));
    }
}
