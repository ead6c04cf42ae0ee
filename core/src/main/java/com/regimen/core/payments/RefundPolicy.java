package com.regimen.core.payments;

import com.regimen.core.booking.Appointment;

import java.util.List;

/**
 * What the cancellation policy returns without anyone's approval: whatever was paid beyond what
 * the appointment still owes. After a cancellation or a no-show that is everything but the fee
 * booking fixed from the tenant's CancellationPolicy (by default nothing until 24 hours before the
 * start, the deposit after); for an appointment that goes ahead it is only an overpayment. Anything more is a manager's decision.
 */
public final class RefundPolicy {
    private RefundPolicy() {
    }

    /** Paid and not yet returned or held back for a refund that waits for approval. */
    public static long netPaid(List<Payment> payments, List<Refund> refunds) {
        long paid = payments.stream().filter(p -> p.status() == PaymentStatus.SUCCEEDED).mapToLong(Payment::amount)
                .sum();
        long returned = refunds.stream().filter(r -> r.status().reserves()).mapToLong(Refund::amount).sum();
        return paid - returned;
    }

    /** @param discount what was taken off the appointment's price */
    public static long refundDue(Appointment appointment, long discount, List<Payment> payments,
                                 List<Refund> refunds) {
        return Math.max(0, netPaid(payments, refunds) - Dues.owed(appointment, discount));
    }
}
