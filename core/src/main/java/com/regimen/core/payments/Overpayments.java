package com.regimen.core.payments;

import com.regimen.core.audit.AuditTrail;
import com.regimen.core.booking.Appointment;
import com.regimen.core.ids.Ids;
import com.regimen.core.identity.ActorType;
import org.jdbi.v3.core.Handle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What Stripe tells us can put money on an appointment that it does not owe: a card attempt
 * that failed (so the desk took cash instead) succeeding after all, a card confirmed after the
 * appointment was cancelled, a refund failing after it succeeded. Stripe's word is the truth, so
 * the excess is returned to the cards at once: PENDING refunds, written in the same transaction
 * (the appointment's row locked) and sent after it, or by reconciliation with their stored keys.
 */
final class Overpayments {
    private Overpayments() {
    }

    /** Call with the appointment row locked, after Stripe's change is written; returns the refunds to send. */
    static List<Refund> returnExcess(Handle handle, String tenantId, Appointment appointment, long discount,
                                     Instant now, AuditTrail audit) {
        PaymentDao payments = handle.attach(PaymentDao.class);
        RefundDao refunds = handle.attach(RefundDao.class);
        List<Payment> all = payments.forAppointment(tenantId, appointment.id());
        long excess = Dues.held(all) - Dues.owed(appointment, discount);
        if (excess <= 0) {
            return List.of();
        }
        List<Refund> existing = refunds.forAppointment(tenantId, appointment.id());
        RefundOrigin origin = Dues.closed(appointment) ? RefundOrigin.CANCELLATION_POLICY : RefundOrigin.OVERPAYMENT;
        List<Refund> made = new ArrayList<>();
        for (Payment p : all.stream().filter(p -> p.method() == PaymentMethod.CARD
                && p.status() == PaymentStatus.SUCCEEDED).sorted(Comparator.comparing(Payment::id).reversed())
                .toList()) {
            if (excess <= 0) {
                break;
            }
            long held = existing.stream().filter(r -> r.paymentId().equals(p.id()) && r.status().reserves())
                    .mapToLong(Refund::amount).sum();
            long amount = Math.min(excess, p.amount() - held);
            if (amount <= 0) {
                continue;
            }
            Refund refund = new Refund(Ids.newId(), p.id(), appointment.id(), amount, p.currency(),
                    RefundStatus.PENDING, origin, null, null, null, now, now);
            refunds.insert(tenantId, refund);
            refunds.recomputeRefunded(tenantId, p.id(), now);
            audit.record(handle, tenantId, ActorType.SYSTEM, "stripe", "refund.created", "appointment",
                    appointment.id(), Map.of("paymentId", p.id(), "refundId", refund.id(), "amount", amount,
                            "reason", "overpayment"));
            made.add(refund);
            excess -= amount;
        }
        return made;
    }
}
