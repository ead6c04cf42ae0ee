package com.regimen.core.payments;

import com.regimen.core.errors.DomainException;
import com.regimen.core.ids.Ids;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.model.SetupIntent;
import com.stripe.model.StripeObject;
import com.stripe.net.Webhook;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.util.Optional;

/**
 * Stripe's events about our PaymentIntents. The signature is checked on the raw body; the tenant
 * comes from the metadata we put on every intent and must match the connected account the event
 * came from; each event id is applied once, in the same transaction as its effect.
 */
public final class StripeWebhooks {
    private final Jdbi jdbi;
    private final Clock clock;
    private final String signingSecret;

    public StripeWebhooks(Jdbi jdbi, Clock clock, String signingSecret) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.signingSecret = signingSecret;
    }

    /** What happened to an event: applied, a duplicate, or ignored (not ours or not a type we act on). */
    public enum Outcome {
        APPLIED,
        DUPLICATE,
        IGNORED
    }

    public Outcome receive(String payload, String signatureHeader) {
        if (signingSecret == null || signingSecret.isBlank()) {
            throw new DomainException(com.regimen.core.errors.ErrorKind.UNAVAILABLE, "PAYMENTS_NOT_CONFIGURED",
                    "No STRIPE_WEBHOOK_SECRET is configured.");
        }
        Event event;
        try {
            event = Webhook.constructEvent(payload, signatureHeader == null ? "" : signatureHeader, signingSecret,
                    Webhook.DEFAULT_TOLERANCE, clock);
        } catch (SignatureVerificationException | RuntimeException e) {
            throw new DomainException(com.regimen.core.errors.ErrorKind.INVALID, "INVALID_SIGNATURE",
                    "The Stripe-Signature header does not match this body, or is too old.");
        }
        StripeObject data = dataOf(event);
        if (data instanceof SetupIntent setup) {
            return receiveSetup(event, setup);
        }
        if (!(data instanceof PaymentIntent intent) || intent.getMetadata() == null
                || intent.getMetadata().get("regimen_tenant") == null) {
            return Outcome.IGNORED;
        }
        String tenantId = intent.getMetadata().get("regimen_tenant");
        if (!Ids.looksLikeId(tenantId)) {
            return Outcome.IGNORED;
        }
        PaymentStatus next = switch (event.getType()) {
            case "payment_intent.succeeded" -> PaymentStatus.SUCCEEDED;
            case "payment_intent.payment_failed" -> PaymentStatus.FAILED;
            case "payment_intent.canceled" -> PaymentStatus.CANCELED;
            case "payment_intent.processing" -> PaymentStatus.PROCESSING;
            default -> null;
        };
        return jdbi.inTransaction(handle -> {
            PaymentDao dao = handle.attach(PaymentDao.class);
            String account = dao.stripeAccount(tenantId).orElse(null);
            if (account == null || event.getAccount() != null && !event.getAccount().equals(account)) {
                return Outcome.IGNORED; // metadata naming a tenant that this account does not belong to
            }
            if (dao.recordEvent(tenantId, event.getId(), event.getType(), clock.instant()) == 0) {
                return Outcome.DUPLICATE;
            }
            if (next == null) {
                return Outcome.IGNORED;
            }
            Payments.applyIntentStatus(handle, tenantId, intent.getId(), next, clock.instant());
            return Outcome.APPLIED;
        });
    }

    private Outcome receiveSetup(Event event, SetupIntent setup) {
        String tenantId = setup.getMetadata() == null ? null : setup.getMetadata().get("regimen_tenant");
        String patientId = setup.getMetadata() == null ? null : setup.getMetadata().get("regimen_patient");
        if (!Ids.looksLikeId(tenantId) || !Ids.looksLikeId(patientId)) {
            return Outcome.IGNORED;
        }
        return jdbi.inTransaction(handle -> {
            PaymentDao dao = handle.attach(PaymentDao.class);
            String account = dao.stripeAccount(tenantId).orElse(null);
            if (account == null || event.getAccount() != null && !event.getAccount().equals(account)) {
                return Outcome.IGNORED;
            }
            if (dao.recordEvent(tenantId, event.getId(), event.getType(), clock.instant()) == 0) {
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
        Optional<StripeObject> object = event.getDataObjectDeserializer().getObject();
        if (object.isPresent()) {
            return object.get();
        }
        try {
            return event.getDataObjectDeserializer().deserializeUnsafe();
        } catch (com.stripe.exception.EventDataObjectDeserializationException e) {
            return null;
        }
    }
}
