package com.regimen.core.payments;

import com.regimen.core.audit.AuditTrail;
import com.regimen.core.errors.DomainException;
import com.regimen.core.errors.ErrorKind;
import com.regimen.core.identity.ActorType;
import com.regimen.core.ids.Ids;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Refunds at Stripe: sending a refund the staff or the policy made (its id the idempotency key), sending
 * again those Stripe never acknowledged, and keeping ours in step with Stripe's list. Staff decisions
 * about refunds live in {@link Refunds}; this class only carries them out and settles them.
 */
public final class RefundsAtStripe {
    private static final Logger LOG = LoggerFactory.getLogger(RefundsAtStripe.class);

    private final Jdbi jdbi;
    private final Clock clock;
    private final StripeGateway stripe;
    private final AuditTrail audit;

    /** @param stripe null when no Stripe key is configured: nothing can be sent */
    public RefundsAtStripe(Jdbi jdbi, Clock clock, StripeGateway stripe, AuditTrail audit) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.stripe = stripe;
        this.audit = audit;
    }

    /** Whether this server has a Stripe key, so card refunds can be sent. */
    boolean configured() {
        return stripe != null;
    }

    /** Refuses (503 PAYMENTS_NOT_CONFIGURED) when card refunds cannot be sent, before anything is written. */
    void requireConfigured(String why) {
        if (stripe == null) {
            throw new DomainException(ErrorKind.UNAVAILABLE, "PAYMENTS_NOT_CONFIGURED", why);
        }
    }

    /**
     * Sends a PENDING refund to Stripe with its own id as the key. Stripe unreachable: it stays
     * PENDING for the next attempt (the caller learns so from its status); refused: it FAILED.
     *
     * @param rethrowRefusal whether a refusal should reach the caller as an error
     */
    Refund send(String tenantId, Refund refund, boolean rethrowRefusal) {
        String account = jdbi.withExtension(PaymentDao.class, dao -> dao.stripeAccount(tenantId)).orElse(null);
        Payment payment = jdbi.withExtension(PaymentDao.class, dao -> dao.find(tenantId, refund.paymentId()))
                .orElseThrow();
        StripeGateway.RefundResult result;
        try {
            if (account == null) {
                throw new DomainException(ErrorKind.UNPROCESSABLE, "STRIPE_ACCOUNT_MISSING",
                        "Connect this clinic chain's Stripe account first: PUT /v1/payment-settings.");
            }
            result = stripe.refund(account, payment.stripePaymentIntentId(), refund.amount(),
                    Map.of("regimen_tenant", tenantId, "regimen_payment", payment.id(), "regimen_refund", refund.id()),
                    refund.id());
        } catch (DomainException e) {
            if (e.kind() == ErrorKind.UNAVAILABLE) {
                LOG.warn("Refund {} of tenant {} not sent yet: {}; reconciliation will retry it with the same key",
                        refund.id(), tenantId, e.code());
                return refund;
            }
            jdbi.useTransaction(handle -> settle(handle, tenantId, refund.id(), RefundStatus.FAILED, null,
                    "refund.failed", Map.of("refundId", refund.id(), "code", e.code())));
            if (rethrowRefusal) {
                throw e;
            }
            return get(tenantId, refund.id());
        }
        jdbi.useTransaction(handle -> settle(handle, tenantId, refund.id(), RefundStatus.fromStripe(result.status()),
                result.id(), null, Map.of()));
        return get(tenantId, refund.id());
    }

    /** Sends again every PENDING refund Stripe has not acknowledged (no refund id yet), with its stored key. */
    public List<Refund> resendUnacknowledged(String tenantId) {
        List<Refund> pending = jdbi.withExtension(RefundDao.class,
                dao -> dao.withStatus(tenantId, RefundStatus.PENDING, 500));
        return pending.stream().filter(r -> r.stripeRefundId() == null && r.origin() != RefundOrigin.STRIPE)
                .filter(r -> isCard(tenantId, r)).map(r -> send(tenantId, r, false)).toList();
    }

    private boolean isCard(String tenantId, Refund refund) {
        return jdbi.withExtension(PaymentDao.class, dao -> dao.find(tenantId, refund.paymentId()))
                .map(p -> p.method() == PaymentMethod.CARD).orElse(false);
    }

    /**
     * Makes our refunds of one payment match Stripe's list of them: a refund we sent is found by the
     * key in its metadata or its id, one made in Stripe's dashboard is added, states move forward
     * only. Stripe's list is the truth whatever order its events arrive in.
     */
    static boolean sync(Handle handle, String tenantId, Payment payment, List<StripeGateway.RefundResult> fromStripe,
                        Instant now, AuditTrail audit) {
        RefundDao refunds = handle.attach(RefundDao.class);
        List<Refund> ours = refunds.forPayment(tenantId, payment.id());
        boolean changed = false;
        for (StripeGateway.RefundResult theirs : fromStripe) {
            RefundStatus status = RefundStatus.fromStripe(theirs.status());
            Refund mine = ours.stream().filter(r -> theirs.id().equals(r.stripeRefundId())
                    || r.id().equals(theirs.regimenRefundId())).findFirst().orElse(null);
            if (mine == null) {
                Refund learnt = new Refund(Ids.newId(), payment.id(), payment.appointmentId(), theirs.amount(),
                        payment.currency(), status,
                        RefundOrigin.STRIPE, theirs.id(), null, null, now, now);
                refunds.insert(tenantId, learnt);
                audit.record(handle, tenantId, ActorType.SYSTEM, "stripe", "refund.learnt", "appointment",
                        payment.appointmentId(), Map.of("refundId", learnt.id(), "amount", theirs.amount(),
                                "status", status));
                changed = true;
            } else if (mine.status() != status && mine.status().canMoveTo(status) || mine.stripeRefundId() == null) {
                RefundStatus next = mine.status().canMoveTo(status) ? status : mine.status();
                refunds.update(tenantId, mine.id(), next, theirs.id(), null, now);
                if (next != mine.status()) {
                    audit.record(handle, tenantId, ActorType.SYSTEM, "stripe", "refund." + next.name().toLowerCase(),
                            "appointment", payment.appointmentId(), Map.of("refundId", mine.id()));
                }
                changed = true;
            }
        }
        if (changed) {
            refunds.recomputeRefunded(tenantId, payment.id(), now);
        }
        return changed;
    }

    private void settle(Handle handle, String tenantId, String refundId, RefundStatus next, String stripeRefundId,
                        String auditAction, Map<String, ?> details) {
        RefundDao refunds = handle.attach(RefundDao.class);
        Refund current = refunds.lock(tenantId, refundId).orElseThrow();
        // A webhook may have moved it further meanwhile: never back.
        RefundStatus status = current.status().canMoveTo(next) ? next : current.status();
        Instant now = clock.instant();
        refunds.update(tenantId, refundId, status, stripeRefundId, null, now);
        refunds.recomputeRefunded(tenantId, current.paymentId(), now);
        com.regimen.core.invoicing.Bookkeeping.refundSettled(handle, tenantId, refundId);
        if (auditAction != null) {
            audit.record(handle, tenantId, ActorType.SYSTEM, "stripe", auditAction, "appointment",
                    current.appointmentId(), details);
        }
    }

    private Refund get(String tenantId, String refundId) {
        return jdbi.withExtension(RefundDao.class, dao -> dao.find(tenantId, refundId)).orElseThrow();
    }
}
