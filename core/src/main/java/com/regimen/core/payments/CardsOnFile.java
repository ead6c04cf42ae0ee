package com.regimen.core.payments;

import com.regimen.core.audit.AuditTrail;
import com.regimen.core.errors.DomainException;
import com.regimen.core.errors.ErrorKind;
import com.regimen.core.ids.Ids;
import com.regimen.core.patients.PatientRecords;
import com.regimen.core.identity.StaffIdentity;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Saving a patient's card for later charges: a Stripe customer on the tenant's account (made
 * once, with a key stored first) and a SetupIntent the UI confirms with Stripe.js; the card is
 * recorded when Stripe's setup_intent.succeeded arrives.
 */
public final class CardsOnFile {
    private final Jdbi jdbi;
    private final Clock clock;
    private final StripeGateway stripe;
    private final PatientRecords patients;
    private final AuditTrail audit;

    public CardsOnFile(Jdbi jdbi, Clock clock, StripeGateway stripe, PatientRecords patients, AuditTrail audit) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.stripe = stripe;
        this.patients = patients;
        this.audit = audit;
    }

    public StripeGateway.Intent startSetup(StaffIdentity actor, String patientId) {
        patients.get(actor, patientId);
        if (stripe == null) {
            throw new DomainException(ErrorKind.UNAVAILABLE, "PAYMENTS_NOT_CONFIGURED",
                    "Card payments are not configured on this server (no STRIPE_SECRET_KEY).");
        }
        String account = jdbi.withExtension(PaymentDao.class, dao -> dao.stripeAccount(actor.tenantId()))
                .orElseThrow(() -> new DomainException(ErrorKind.UNPROCESSABLE, "STRIPE_ACCOUNT_MISSING",
                        "Connect this clinic chain's Stripe account first: PUT /v1/payment-settings."));
        PatientCard card = jdbi.inTransaction(handle -> {
            PatientCardDao dao = handle.attach(PatientCardDao.class);
            dao.claim(actor.tenantId(), patientId, Ids.newId(), clock.instant());
            return dao.find(actor.tenantId(), patientId).orElseThrow();
        });
        Map<String, String> metadata = Map.of("regimen_tenant", actor.tenantId(), "regimen_patient", patientId);
        String customer = card.stripeCustomerId();
        if (customer == null) {
            customer = stripe.createCustomer(account, metadata, card.customerKey());
            String created = customer;
            jdbi.useExtension(PatientCardDao.class, dao -> dao.setCustomer(actor.tenantId(), patientId, created,
                    clock.instant()));
        }
        // A SetupIntent charges nothing, so each setup may be a new one; its key, recorded before the
        // call, still makes stripe-java's own retries of this call safe.
        String setupKey = Ids.newId();
        jdbi.useTransaction(handle -> audit.record(handle, actor, "card_setup.started", "patient", patientId,
                Map.of("idempotencyKey", setupKey)));
        return stripe.createSetupIntent(account, customer, metadata, setupKey);
    }

    /** From setup_intent.succeeded: the card is saved for the customer the intent was made for. */
    static boolean saveCard(Handle handle, String tenantId, String patientId, String customerId,
                            String paymentMethodId, Instant now) {
        return handle.attach(PatientCardDao.class).setPaymentMethod(tenantId, patientId, customerId, paymentMethodId,
                now) == 1;
    }

    public Map<String, Object> card(StaffIdentity reader, String patientId) {
        patients.get(reader, patientId);
        return jdbi.withExtension(PatientCardDao.class, dao -> dao.find(reader.tenantId(), patientId))
                .<Map<String, Object>>map(c -> Map.of("cardOnFile", c.paymentMethodId() != null))
                .orElse(Map.of("cardOnFile", false));
    }
}
