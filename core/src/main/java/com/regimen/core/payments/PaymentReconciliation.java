package com.regimen.core.payments;

import com.regimen.core.audit.AuditTrail;
import com.regimen.core.booking.Appointment;
import com.regimen.core.booking.AppointmentDao;
import com.regimen.core.discounts.AppliedDiscountDao;
import com.regimen.core.errors.DomainException;
import com.regimen.core.errors.ErrorKind;
import com.regimen.core.identity.ActorType;
import com.regimen.core.identity.StaffIdentity;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The repair for lost or late webhooks and for refunds Stripe never acknowledged: re-read a
 * payment's PaymentIntent and refunds from Stripe, move ours forward to match, and send again, with
 * their stored keys, the refunds Stripe has no record of. Safe to run any number of times.
 */
public final class PaymentReconciliation {
    private static final Logger LOG = LoggerFactory.getLogger(PaymentReconciliation.class);

    private final Jdbi jdbi;
    private final Clock clock;
    private final StripeGateway stripe;
    private final RefundsAtStripe refundsAtStripe;
    private final AuditTrail audit;

    public PaymentReconciliation(Jdbi jdbi, Clock clock, StripeGateway stripe, RefundsAtStripe refundsAtStripe,
                                 AuditTrail audit) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.stripe = stripe;
        this.refundsAtStripe = refundsAtStripe;
        this.audit = audit;
    }

    /** What one pass over a tenant found and did. */
    public record Report(int paymentsChecked, int paymentsRepaired, int refundsResent) {
    }

    public Payment reconcile(StaffIdentity actor, String paymentId) {
        Payment payment = jdbi.withExtension(PaymentDao.class, dao -> dao.find(actor.tenantId(), paymentId))
                .orElseThrow(() -> DomainException.notFound("Payment"));
        if (payment.method() != PaymentMethod.CARD || payment.stripePaymentIntentId() == null) {
            return payment;
        }
        if (stripe == null) {
            throw new DomainException(ErrorKind.UNAVAILABLE, "PAYMENTS_NOT_CONFIGURED",
                    "Card payments are not configured on this server (no STRIPE_SECRET_KEY).");
        }
        repair(actor.tenantId(), payment);
        refundsAtStripe.resendUnacknowledged(actor.tenantId());
        return jdbi.withExtension(PaymentDao.class, dao -> dao.find(actor.tenantId(), paymentId)).orElseThrow();
    }

    /** One tenant's unsettled card payments and unacknowledged refunds; the command runs it for every tenant. */
    public Report reconcileTenant(String tenantId) {
        if (stripe == null) {
            return new Report(0, 0, 0);
        }
        Set<String> paymentIds = new LinkedHashSet<>();
        jdbi.useHandle(handle -> {
            handle.attach(PaymentDao.class).unsettledCard(tenantId, 1000).forEach(p -> paymentIds.add(p.id()));
            handle.attach(RefundDao.class).withStatus(tenantId, RefundStatus.PENDING, 1000)
                    .forEach(r -> paymentIds.add(r.paymentId()));
        });
        int repaired = 0;
        for (String id : paymentIds) {
            Payment payment = jdbi.withExtension(PaymentDao.class, dao -> dao.find(tenantId, id)).orElseThrow();
            if (payment.method() != PaymentMethod.CARD || payment.stripePaymentIntentId() == null) {
                continue;
            }
            try {
                repaired += repair(tenantId, payment) ? 1 : 0;
            } catch (DomainException e) {
                LOG.warn("Payment {} of tenant {} not reconciled: {}", id, tenantId, e.code());
            }
        }
        int resent = refundsAtStripe.resendUnacknowledged(tenantId).size();
        return new Report(paymentIds.size(), repaired, resent);
    }

    private boolean repair(String tenantId, Payment payment) {
        String account = jdbi.withExtension(PaymentDao.class, dao -> dao.stripeAccount(tenantId))
                .orElseThrow(() -> new DomainException(ErrorKind.UNPROCESSABLE, "STRIPE_ACCOUNT_MISSING",
                        "This clinic chain has no Stripe account connected."));
        StripeGateway.Intent intent = stripe.retrievePaymentIntent(account, payment.stripePaymentIntentId());
        List<StripeGateway.RefundResult> stripeRefunds = stripe.listRefunds(account, payment.stripePaymentIntentId());
        return jdbi.inTransaction(handle -> {
            // Appointment before payment, as every write of its money locks them. Any excess goes back to
            // the cards as PENDING refunds, which resendUnacknowledged sends after this pass.
            Appointment appointment = handle.attach(AppointmentDao.class).lock(tenantId, payment.appointmentId())
                    .orElseThrow();
            boolean moved = Payments.applyIntentStatus(handle, tenantId, intent.id(),
                    PaymentStatus.fromStripe(intent.status()), clock.instant(), audit).moved();
            if (moved) {
                audit.record(handle, tenantId, ActorType.SYSTEM, "reconciliation", "payment.reconciled",
                        "appointment", payment.appointmentId(), Map.of("paymentId", payment.id(),
                                "stripeStatus", intent.status()));
            }
            com.regimen.core.invoicing.Bookkeeping.intentSettled(handle, tenantId, intent.id());
            Payment locked = handle.attach(PaymentDao.class).lock(tenantId, payment.id()).orElseThrow();
            boolean synced = RefundsAtStripe.sync(handle, tenantId, locked, stripeRefunds, clock.instant(), audit);
            com.regimen.core.invoicing.Bookkeeping.cardRefundsSettled(handle, tenantId, payment.id());
            long discount = handle.attach(AppliedDiscountDao.class).amountFor(tenantId, appointment.id());
            boolean returned = !Overpayments.returnExcess(handle, tenantId, appointment, discount, clock.instant(),
                    audit).isEmpty();
            return synced || moved || returned;
        });
    }
}
