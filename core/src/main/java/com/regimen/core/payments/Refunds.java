package com.regimen.core.payments;

import com.regimen.core.audit.AuditTrail;
import com.regimen.core.booking.Appointment;
import com.regimen.core.booking.AppointmentDao;
import com.regimen.core.discounts.AppliedDiscountDao;
import com.regimen.core.errors.DomainException;
import com.regimen.core.errors.ErrorKind;
import com.regimen.core.ids.Ids;
import com.regimen.core.identity.Role;
import com.regimen.core.identity.StaffIdentity;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Returning money, the staff's side: asking for a refund, a manager approving or declining it, and
 * the refunds the cancellation policy makes. A refund is a row committed before Stripe is called, its
 * id the idempotency key, so a retry (ours, the reconciliation job's) can only ever return the money
 * once; {@link RefundsAtStripe} does the sending. Refunds within {@link RefundPolicy} go ahead for any
 * staff who take payments; larger ones from front-desk staff wait for a manager. Cancelling or marking
 * a no-show returns card payments by the policy at once.
 */
public final class Refunds {
    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditTrail audit;
    private final RefundsAtStripe atStripe;

    /** @param atStripe sends card refunds; without a Stripe key card refunds are refused, cash works */
    public Refunds(Jdbi jdbi, Clock clock, AuditTrail audit, RefundsAtStripe atStripe) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
        this.atStripe = atStripe;
    }

    /**
     * Refunds part or all of a succeeded payment ({@code requested} null: all that is left), never
     * more than is left of it counting refunds still awaiting approval.
     */
    public Refund request(StaffIdentity actor, String paymentId, Long requested) {
        Payment unlocked = jdbi.withExtension(PaymentDao.class, dao -> dao.find(actor.tenantId(), paymentId))
                .orElseThrow(() -> DomainException.notFound("Payment"));
        if (unlocked.method() == PaymentMethod.CARD) {
            requireStripe();
        }
        Refund refund = jdbi.inTransaction(handle -> {
            // Appointment before payment, as taking a payment locks them: no deadlock between the two.
            Appointment appointment = handle.attach(AppointmentDao.class)
                    .lock(actor.tenantId(), unlocked.appointmentId()).orElseThrow();
            PaymentDao payments = handle.attach(PaymentDao.class);
            Payment payment = payments.lock(actor.tenantId(), paymentId).orElseThrow();
            if (payment.status() != PaymentStatus.SUCCEEDED) {
                throw new DomainException(ErrorKind.CONFLICT, "NOT_REFUNDABLE",
                        "Only a succeeded payment can be refunded.");
            }
            RefundDao refunds = handle.attach(RefundDao.class);
            long held = refunds.forPayment(actor.tenantId(), paymentId).stream().filter(r -> r.status().reserves())
                    .mapToLong(Refund::amount).sum();
            long left = payment.amount() - held;
            if (left <= 0) {
                throw new DomainException(ErrorKind.CONFLICT, "NOT_REFUNDABLE",
                        "All of this payment is refunded or awaiting approval.");
            }
            long amount = requested == null ? left : requested;
            if (amount <= 0 || amount > left) {
                throw DomainException.invalid("amount", "must be 1 to " + left
                        + " (what is left of the payment, counting refunds awaiting approval)");
            }
            long discount = handle.attach(AppliedDiscountDao.class).amountFor(actor.tenantId(), appointment.id());
            long withinPolicy = RefundPolicy.refundDue(appointment, discount,
                    payments.forAppointment(actor.tenantId(), appointment.id()),
                    refunds.forAppointment(actor.tenantId(), appointment.id()));
            boolean approved = amount <= withinPolicy || actor.hasRole(Role.OWNER, Role.MANAGER);
            RefundStatus status = !approved ? RefundStatus.AWAITING_APPROVAL
                    : payment.method() == PaymentMethod.CASH ? RefundStatus.SUCCEEDED : RefundStatus.PENDING;
            Instant now = clock.instant();
            Refund created = new Refund(Ids.newId(), paymentId, appointment.id(), amount, payment.currency(), status,
                    RefundOrigin.STAFF, null, actor.actorId(),
                    approved && amount > withinPolicy ? actor.actorId() : null, now, now);
            refunds.insert(actor.tenantId(), created);
            refunds.recomputeRefunded(actor.tenantId(), paymentId, now);
            audit.record(handle, actor, approved ? "refund.created" : "refund.requested", "appointment",
                    appointment.id(), Map.of("paymentId", paymentId, "refundId", created.id(), "amount", amount,
                            "withinPolicy", amount <= withinPolicy));
            com.regimen.core.invoicing.Bookkeeping.refundSettled(handle, actor.tenantId(), created.id());
            return created;
        });
        return refund.status() == RefundStatus.PENDING ? atStripe.send(actor.tenantId(), refund, true) : refund;
    }

    public Refund approve(StaffIdentity manager, String refundId) {
        Refund approved = jdbi.inTransaction(handle -> {
            RefundDao refunds = handle.attach(RefundDao.class);
            Refund unlocked = refunds.find(manager.tenantId(), refundId)
                    .orElseThrow(() -> DomainException.notFound("Refund"));
            // Appointment first, the order every write of its money takes.
            handle.attach(AppointmentDao.class).lock(manager.tenantId(), unlocked.appointmentId()).orElseThrow();
            Refund refund = awaiting(refunds, manager, refundId);
            Payment payment = handle.attach(PaymentDao.class).lock(manager.tenantId(), refund.paymentId()).orElseThrow();
            if (payment.status() != PaymentStatus.SUCCEEDED) {
                throw new DomainException(ErrorKind.CONFLICT, "NOT_REFUNDABLE", "The payment is no longer refundable.");
            }
            if (payment.method() == PaymentMethod.CARD) {
                requireStripe();
            }
            RefundStatus next = payment.method() == PaymentMethod.CASH ? RefundStatus.SUCCEEDED : RefundStatus.PENDING;
            Instant now = clock.instant();
            refunds.update(manager.tenantId(), refundId, next, null, manager.actorId(), now);
            refunds.recomputeRefunded(manager.tenantId(), refund.paymentId(), now);
            audit.record(handle, manager, "refund.approved", "appointment", refund.appointmentId(),
                    Map.of("refundId", refundId, "amount", refund.amount()));
            com.regimen.core.invoicing.Bookkeeping.refundSettled(handle, manager.tenantId(), refundId);
            return refunds.find(manager.tenantId(), refundId).orElseThrow();
        });
        return approved.status() == RefundStatus.PENDING ? atStripe.send(manager.tenantId(), approved, true) : approved;
    }

    public Refund decline(StaffIdentity manager, String refundId) {
        return jdbi.inTransaction(handle -> {
            RefundDao refunds = handle.attach(RefundDao.class);
            Refund refund = awaiting(refunds, manager, refundId);
            refunds.update(manager.tenantId(), refundId, RefundStatus.DECLINED, null, manager.actorId(), clock.instant());
            audit.record(handle, manager, "refund.declined", "appointment", refund.appointmentId(),
                    Map.of("refundId", refundId, "amount", refund.amount()));
            return refunds.find(manager.tenantId(), refundId).orElseThrow();
        });
    }

    public List<Refund> withStatus(StaffIdentity reader, RefundStatus status) {
        return jdbi.withExtension(RefundDao.class, dao -> dao.withStatus(reader.tenantId(), status, 500));
    }

    public Refund get(StaffIdentity reader, String refundId) {
        return jdbi.withExtension(RefundDao.class, dao -> dao.find(reader.tenantId(), refundId))
                .orElseThrow(() -> DomainException.notFound("Refund"));
    }

    /**
     * After a cancellation or no-show: returns what the policy says to the cards it came from, newest
     * payment first. Cash is handed back at the desk, so it is left to staff (the ledger shows it as
     * refund due). A Stripe outage leaves the refunds PENDING for reconciliation; the cancellation stands.
     */
    public List<Refund> byPolicy(StaffIdentity actor, String appointmentId) {
        if (!atStripe.configured()) {
            return List.of();
        }
        List<Refund> created = jdbi.inTransaction(handle -> {
            Appointment appointment = handle.attach(AppointmentDao.class).lock(actor.tenantId(), appointmentId)
                    .orElseThrow(() -> DomainException.notFound("Appointment"));
            PaymentDao payments = handle.attach(PaymentDao.class);
            RefundDao refunds = handle.attach(RefundDao.class);
            List<Payment> all = payments.forAppointment(actor.tenantId(), appointmentId);
            List<Refund> existing = refunds.forAppointment(actor.tenantId(), appointmentId);
            long due = RefundPolicy.refundDue(appointment,
                    handle.attach(AppliedDiscountDao.class).amountFor(actor.tenantId(), appointmentId), all, existing);
            List<Refund> made = new ArrayList<>();
            Instant now = clock.instant();
            for (Payment p : all.stream().filter(p -> p.method() == PaymentMethod.CARD
                    && p.status() == PaymentStatus.SUCCEEDED).sorted(Comparator.comparing(Payment::id).reversed())
                    .toList()) {
                if (due <= 0) {
                    break;
                }
                payments.lock(actor.tenantId(), p.id());
                long held = existing.stream().filter(r -> r.paymentId().equals(p.id()) && r.status().reserves())
                        .mapToLong(Refund::amount).sum();
                long amount = Math.min(due, p.amount() - held);
                if (amount <= 0) {
                    continue;
                }
                Refund refund = new Refund(Ids.newId(), p.id(), appointmentId, amount, p.currency(),
                        RefundStatus.PENDING, RefundOrigin.CANCELLATION_POLICY, null, actor.actorId(), null, now, now);
                refunds.insert(actor.tenantId(), refund);
                refunds.recomputeRefunded(actor.tenantId(), p.id(), now);
                audit.record(handle, actor, "refund.created", "appointment", appointmentId, Map.of("paymentId", p.id(),
                        "refundId", refund.id(), "amount", amount, "withinPolicy", true));
                made.add(refund);
                due -= amount;
            }
            return made;
        });
        return created.stream().map(r -> atStripe.send(actor.tenantId(), r, false)).toList();
    }

    private static Refund awaiting(RefundDao refunds, StaffIdentity manager, String refundId) {
        Refund refund = refunds.lock(manager.tenantId(), refundId)
                .orElseThrow(() -> DomainException.notFound("Refund"));
        if (refund.status() != RefundStatus.AWAITING_APPROVAL) {
            throw new DomainException(ErrorKind.CONFLICT, "NOT_AWAITING_APPROVAL",
                    "This refund is " + refund.status() + ", not awaiting approval.");
        }
        return refund;
    }

    private void requireStripe() {
        atStripe.requireConfigured("Card refunds need Stripe, which is not configured on this server (no "
                + "STRIPE_SECRET_KEY).");
    }
}
