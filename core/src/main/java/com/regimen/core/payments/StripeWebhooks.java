package com.regimen.core.payments;

import com.regimen.core.audit.AuditTrail;
import com.regimen.core.booking.Appointment;
import com.regimen.core.booking.AppointmentDao;
import com.regimen.core.discounts.AppliedDiscountDao;
import com.regimen.core.errors.DomainException;
import com.regimen.core.errors.ErrorKind;
import com.regimen.core.ids.Ids;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Charge;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.model.SetupIntent;
import com.stripe.model.StripeObject;
import com.stripe.net.Webhook;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stripe's events about our PaymentIntents, SetupIntents and refunds. The signature is checked on
 * the raw body; the tenant is the one that connected the account the event came from (and must
 * match the metadata we put on everything we create); each event id is applied once, in the same
 * transaction as its effect.
 */
public final class StripeWebhooks {
    private final Jdbi jdbi;
    private final Clock clock;
    private final String signingSecret;
    private final StripeGateway stripe;
    private final AuditTrail audit;
    private final RefundsAtStripe refundsAtStripe;

    /**
     * @param stripe  null without a Stripe key: refund events, which must read Stripe, are then refused
     * @param refundsAtStripe sends the refunds of money Stripe put on an appointment beyond what it owes
     */
    public StripeWebhooks(Jdbi jdbi, Clock clock, String signingSecret, StripeGateway stripe, AuditTrail audit,
                          RefundsAtStripe refundsAtStripe) {
        this.refundsAtStripe = refundsAtStripe;
        this.jdbi = jdbi;
        this.clock = clock;
        this.signingSecret = signingSecret;
        this.stripe = stripe;
        this.audit = audit;
    }

    /** What happened to an event: applied, a duplicate, or ignored (not ours or not a type we act on). */
    public enum Outcome {
        APPLIED,
        DUPLICATE,
        IGNORED
    }

    public Outcome receive(String payload, String signatureHeader) {
        if (signingSecret == null || signingSecret.isBlank()) {
            throw new DomainException(ErrorKind.UNAVAILABLE, "PAYMENTS_NOT_CONFIGURED",
                    "No STRIPE_WEBHOOK_SECRET is configured.");
        }
        Event event;
        try {
            event = Webhook.constructEvent(payload, signatureHeader == null ? "" : signatureHeader, signingSecret,
                    Webhook.DEFAULT_TOLERANCE, clock);
        } catch (SignatureVerificationException | RuntimeException e) {
            throw new DomainException(ErrorKind.INVALID, "INVALID_SIGNATURE",
                    "The Stripe-Signature header does not match this body, or is too old.");
        }
        if (event.getApiVersion() == null || event.getApiVersion().isBlank() || event.getType() == null) {
            // Stripe always sends both; a signed event without them is not one we can read safely.
            return Outcome.IGNORED;
        }
        StripeObject data = dataOf(event);
        if (data instanceof SetupIntent setup) {
            return receiveSetup(event, setup);
        }
        if (data instanceof PaymentIntent intent) {
            return receiveIntent(event, intent);
        }
        if (data instanceof Charge charge && "charge.refunded".equals(event.getType())) {
            return receiveRefunds(event, charge.getPaymentIntent(), charge.getMetadata());
        }
        if (data instanceof com.stripe.model.Refund refund && event.getType().startsWith("refund.")) {
            return receiveRefunds(event, refund.getPaymentIntent(), refund.getMetadata());
        }
        return Outcome.IGNORED;
    }

    /**
     * The tenant an event speaks for. From a connected account, the account decides (metadata naming
     * another tenant is a forgery); from the platform's own account, our metadata does, for a tenant
     * that has connected an account.
     */
    private Optional<String> tenantOf(Event event, Map<String, String> metadata) {
        String claimed = metadata == null ? null : metadata.get("regimen_tenant");
        return jdbi.withHandle(handle -> {
            if (event.getAccount() != null) {
                Optional<String> routed = handle.attach(StripeAccountRouteDao.class).tenantOf(event.getAccount());
                return routed.filter(t -> claimed == null || claimed.equals(t));
            }
            if (!Ids.looksLikeId(claimed)) {
                return Optional.empty();
            }
            return handle.attach(PaymentDao.class).stripeAccount(claimed).map(account -> claimed);
        });
    }

    private Outcome receiveIntent(Event event, PaymentIntent intent) {
        if (intent.getMetadata() == null || intent.getMetadata().get("regimen_tenant") == null) {
            return Outcome.IGNORED; // not made by Regimen
        }
        String tenantId = tenantOf(event, intent.getMetadata()).orElse(null);
        if (tenantId == null) {
            return Outcome.IGNORED;
        }
        PaymentStatus next = switch (event.getType()) {
            case "payment_intent.succeeded" -> PaymentStatus.SUCCEEDED;
            case "payment_intent.payment_failed" -> PaymentStatus.FAILED;
            case "payment_intent.canceled" -> PaymentStatus.CANCELED;
            case "payment_intent.processing" -> PaymentStatus.PROCESSING;
            default -> null;
        };
        List<Refund> toSend = new ArrayList<>();
        Outcome outcome = jdbi.inTransaction(handle -> {
            if (handle.attach(PaymentDao.class).recordEvent(tenantId, event.getId(), event.getType(),
                    clock.instant()) == 0) {
                return Outcome.DUPLICATE;
            }
            if (next == null) {
                return Outcome.IGNORED;
            }
            // A card payment may have succeeded here (forward only), in this transaction.
            toSend.addAll(Payments.applyIntentStatus(handle, tenantId, intent.getId(), next, clock.instant(), audit)
                    .refundsToSend());
            com.regimen.core.invoicing.Bookkeeping.intentSettled(handle, tenantId, intent.getId());
            return Outcome.APPLIED;
        });
        sendAfterCommit(tenantId, toSend);
        return outcome;
    }

    /** Refunds of an overpayment: Stripe unreachable now leaves them PENDING for reconciliation. */
    private void sendAfterCommit(String tenantId, List<Refund> toSend) {
        if (stripe != null) {
            toSend.forEach(r -> refundsAtStripe.send(tenantId, r, false));
        }
    }

    /**
     * charge.refunded and refund.*: the event says only that something changed, and events come in
     * any order, so Stripe's current list of the PaymentIntent's refunds is read and ours made to
     * match. Refunds made in Stripe's dashboard arrive this way.
     */
    private Outcome receiveRefunds(Event event, String intentId, Map<String, String> metadata) {
        if (intentId == null) {
            return Outcome.IGNORED;
        }
        String tenantId = tenantOf(event, metadata).orElse(null);
        if (tenantId == null) {
            return Outcome.IGNORED;
        }
        if (stripe == null) {
            throw new DomainException(ErrorKind.UNAVAILABLE, "PAYMENTS_NOT_CONFIGURED",
                    "No STRIPE_SECRET_KEY is configured to read the refunds with; Stripe will deliver again.");
        }
        String account = jdbi.withExtension(PaymentDao.class, dao -> dao.stripeAccount(tenantId)).orElseThrow();
        List<StripeGateway.RefundResult> fromStripe = stripe.listRefunds(account, intentId);
        List<Refund> toSend = new ArrayList<>();
        Outcome outcome = jdbi.inTransaction(handle -> {
            PaymentDao dao = handle.attach(PaymentDao.class);
            if (dao.recordEvent(tenantId, event.getId(), event.getType(), clock.instant()) == 0) {
                return Outcome.DUPLICATE;
            }
            Optional<Payment> unlocked = dao.findByIntent(tenantId, intentId);
            if (unlocked.isEmpty()) {
                return Outcome.IGNORED;
            }
            // Appointment before payment, as every write of its money locks them.
            Appointment appointment = handle.attach(AppointmentDao.class)
                    .lock(tenantId, unlocked.get().appointmentId()).orElseThrow();
            Payment payment = dao.lockByIntent(tenantId, intentId).orElseThrow();
            // A refund may have succeeded (or failed after succeeding) here, in this transaction.
            RefundsAtStripe.sync(handle, tenantId, payment, fromStripe, clock.instant(), audit);
            com.regimen.core.invoicing.Bookkeeping.cardRefundsSettled(handle, tenantId, payment.id());
            long discount = handle.attach(AppliedDiscountDao.class).amountFor(tenantId, appointment.id());
            toSend.addAll(Overpayments.returnExcess(handle, tenantId, appointment, discount, clock.instant(), audit));
            return Outcome.APPLIED;
        });
        sendAfterCommit(tenantId, toSend);
        return outcome;
    }

    private Outcome receiveSetup(Event event, SetupIntent setup) {
        String patientId = setup.getMetadata() == null ? null : setup.getMetadata().get("regimen_patient");
        String tenantId = setup.getMetadata() == null || !Ids.looksLikeId(patientId) ? null
                : tenantOf(event, setup.getMetadata()).orElse(null);
        if (tenantId == null) {
            return Outcome.IGNORED;
        }
        return jdbi.inTransaction(handle -> {
            if (handle.attach(PaymentDao.class).recordEvent(tenantId, event.getId(), event.getType(),
                    clock.instant()) == 0) {
                return Outcome.DUPLICATE;
            }
            if (!"setup_intent.succeeded".equals(event.getType()) || setup.getPaymentMethod() == null) {
                return Outcome.IGNORED;
            }
            return CardsOnFile.saveCard(handle, tenantId, patientId, setup.getCustomer(), setup.getPaymentMethod(),
                    clock.instant()) ? Outcome.APPLIED : Outcome.IGNORED;
        });
    }

    /** The event's object; for an API version other than stripe-java's, deserialized leniently. */
    private static StripeObject dataOf(Event event) {
        try {
            Optional<StripeObject> object = event.getDataObjectDeserializer().getObject();
            if (object.isPresent()) {
                return object.get();
            }
            return event.getDataObjectDeserializer().deserializeUnsafe();
        } catch (com.stripe.exception.EventDataObjectDeserializationException | RuntimeException e) {
            // Signed but unreadable (no data, an object of a shape stripe-java cannot map): ignored.
            return null;
        }
    }
}
