package com.regimen.core.terminal;

import com.regimen.core.audit.AuditTrail;
import com.regimen.core.booking.AppointmentDao;
import com.regimen.core.errors.DomainException;
import com.regimen.core.errors.ErrorKind;
import com.regimen.core.identity.ActorType;
import com.regimen.core.identity.StaffIdentity;
import com.regimen.core.payments.Payment;
import com.regimen.core.payments.PaymentDao;
import com.regimen.core.payments.PaymentKind;
import com.regimen.core.payments.PaymentReconciliation;
import com.regimen.core.payments.PaymentStatus;
import com.regimen.core.payments.Payments;
import com.regimen.core.payments.StripeAccountRouteDao;
import com.regimen.core.payments.StripeEventHandler;
import com.regimen.core.payments.StripeGateway;
import com.regimen.core.payments.StripeWebhooks;
import com.stripe.model.Event;
import com.stripe.model.StripeObject;
import com.stripe.model.terminal.Reader;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Payments the patient makes on a reader at the desk. The amount follows the ledger's rules
 * ({@link Payments#takeOnReader}); the PaymentIntent ({@code card_present}) is handed to the reader;
 * the result comes by webhook ({@code terminal.reader.action_succeeded} / {@code _failed}), or when
 * a webhook is lost, from Stripe on the desk's next look or the reconciliation pass. A declined or
 * cancelled attempt ends without money, so the amount stays due and cash or another card can follow.
 */
public final class ReaderCharges implements StripeEventHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ReaderCharges.class);

    private final Jdbi jdbi;
    private final Clock clock;
    private final Payments payments;
    private final PaymentReconciliation reconciliation;
    private final StripeGateway stripe;
    private final TerminalGateway terminal;
    private final Readers readers;
    private final AuditTrail audit;

    public ReaderCharges(Jdbi jdbi, Clock clock, Payments payments, PaymentReconciliation reconciliation,
                         StripeGateway stripe, TerminalGateway terminal, Readers readers, AuditTrail audit) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.payments = payments;
        this.reconciliation = reconciliation;
        this.stripe = stripe;
        this.terminal = terminal;
        this.readers = readers;
        this.audit = audit;
    }

    /** A charge as the desk sees it, with the payment that holds its money. */
    public record Live(TerminalCharge charge, Payment payment) {
    }

    /**
     * Takes {@code amount} (all that is due of {@code kind} when null) on a reader at the
     * appointment's location.
     */
    public Live charge(StaffIdentity actor, String appointmentId, String readerId, PaymentKind kind, Long amount) {
        TerminalReader reader = jdbi.withExtension(TerminalDao.class, dao -> dao.reader(actor.tenantId(), readerId))
                .orElseThrow(() -> DomainException.notFound("Reader"));
        String account = readers.account(actor.tenantId());
        String location = jdbi.withExtension(AppointmentDao.class, dao -> dao.find(actor.tenantId(), appointmentId))
                .orElseThrow(() -> DomainException.notFound("Appointment")).locationId();
        if (!location.equals(reader.locationId())) {
            throw new DomainException(ErrorKind.CONFLICT, "READER_AT_ANOTHER_LOCATION",
                    "That reader is at another location than this appointment.");
        }
        if (!jdbi.withExtension(TerminalChargeDao.class, dao -> dao.openOnReader(actor.tenantId(), readerId)).isEmpty()) {
            throw new DomainException(ErrorKind.CONFLICT, "READER_BUSY",
                    "That reader is serving another payment: wait for it, or cancel it first.");
        }
        Payment payment = payments.takeOnReader(actor, appointmentId, kind, amount).payment();
        jdbi.useTransaction(handle -> {
            java.time.Instant now = clock.instant();
            if (handle.attach(TerminalChargeDao.class).insert(actor.tenantId(), new TerminalCharge(payment.id(),
                    readerId, payment.stripePaymentIntentId(), ChargeState.WAITING_FOR_CARD, null, null, null, null,
                    null, actor.actorId(), now, now)) > 0) {
                audit.record(handle, actor, "terminal.charge_started", "appointment", appointmentId,
                        Map.of("paymentId", payment.id(), "readerId", readerId, "amount", payment.amount()));
            }
        });
        try {
            // Derived from the payment, so a retry of this very hand-over is one action on the reader.
            terminal.processPaymentIntent(account, reader.stripeReaderId(), payment.stripePaymentIntentId(),
                    "process-" + payment.id());
        } catch (DomainException refused) {
            if (refused.kind() != ErrorKind.UNAVAILABLE) {
                // The reader never took it: the attempt is over, holds nothing, and its intent can never be paid.
                TerminalCharge charge = find(actor.tenantId(), payment.id());
                cancelQuietly(account, charge);
                end(actor.tenantId(), charge, ChargeState.CANCELED, refused.code(), refused.getMessage(), null);
            }
            throw refused;
        }
        return live(actor.tenantId(), payment.id());
    }

    /** The charge now; one still open is refreshed from Stripe, which repairs a lost webhook. */
    public Live state(StaffIdentity reader, String paymentId) {
        TerminalCharge charge = find(reader.tenantId(), paymentId);
        if (!charge.state().isFinal() && terminal != null) {
            refresh(reader.tenantId(), charge);
        }
        return live(reader.tenantId(), paymentId);
    }

    /** Cancels the reader's action and the PaymentIntent; a charge that has just succeeded stays succeeded. */
    public Live cancel(StaffIdentity actor, String paymentId) {
        TerminalCharge charge = find(actor.tenantId(), paymentId);
        if (charge.state().isFinal()) {
            throw new DomainException(ErrorKind.CONFLICT, "CHARGE_NOT_IN_PROGRESS",
                    "This payment is no longer on the reader (" + charge.state() + ").", List.of(),
                    Map.of("state", charge.state().name()));
        }
        String account = readers.account(actor.tenantId());
        TerminalReader reader = jdbi.withExtension(TerminalDao.class, dao -> dao.reader(actor.tenantId(),
                charge.readerId())).orElseThrow();
        StripeReader now = terminal.retrieveReader(account, reader.stripeReaderId());
        if (now.action() != null && charge.stripePaymentIntentId().equals(now.action().paymentIntentId())
                && now.action().inProgress()) {
            terminal.cancelAction(account, reader.stripeReaderId());
        }
        StripeGateway.Intent intent = stripe.retrievePaymentIntent(account, charge.stripePaymentIntentId());
        if (!"succeeded".equals(intent.status()) && !"processing".equals(intent.status())
                && !"canceled".equals(intent.status())) {
            try {
                stripe.cancelPaymentIntent(account, charge.stripePaymentIntentId());
            } catch (DomainException raced) {
                // The card was read meanwhile: what Stripe says below decides.
                LOG.info("PaymentIntent {} not cancelled: {}", charge.stripePaymentIntentId(), raced.code());
            }
        }
        refreshFromIntent(actor.tenantId(), charge, account, ChargeState.CANCELED, "canceled_at_desk",
                "Cancelled at the desk.");
        jdbi.useTransaction(handle -> audit.record(handle, actor, "terminal.charge_cancel_asked", "payment", paymentId,
                Map.of("readerId", charge.readerId())));
        return live(actor.tenantId(), paymentId);
    }

    /** Every open charge of a tenant refreshed from Stripe: the reconciliation pass for lost webhooks. */
    public int reconcileTenant(String tenantId) {
        if (terminal == null) {
            return 0;
        }
        int repaired = 0;
        for (TerminalCharge charge : jdbi.withExtension(TerminalChargeDao.class, dao -> dao.open(tenantId, 500))) {
            try {
                refresh(tenantId, charge);
                repaired += find(tenantId, charge.paymentId()).state().isFinal() ? 1 : 0;
            } catch (DomainException e) {
                LOG.warn("Reader charge {} of tenant {} not reconciled: {}", charge.paymentId(), tenantId, e.code());
            }
        }
        return repaired;
    }

    @Override
    public StripeWebhooks.Outcome receive(Event event, StripeObject data) {
        if (!(data instanceof Reader reader) || event.getType() == null
                || !event.getType().startsWith("terminal.reader.action_")) {
            return null;
        }
        if (event.getAccount() == null || reader.getAction() == null
                || reader.getAction().getProcessPaymentIntent() == null) {
            return StripeWebhooks.Outcome.IGNORED; // readers live on connected accounts; only payments are ours
        }
        String tenantId = jdbi.withExtension(StripeAccountRouteDao.class, dao -> dao.tenantOf(event.getAccount()))
                .orElse(null);
        String intentId = reader.getAction().getProcessPaymentIntent().getPaymentIntent();
        Optional<TerminalCharge> charge = tenantId == null ? Optional.empty()
                : jdbi.withExtension(TerminalChargeDao.class, dao -> dao.findByIntent(tenantId, intentId));
        if (charge.isEmpty()) {
            return StripeWebhooks.Outcome.IGNORED;
        }
        if (jdbi.withExtension(TerminalChargeDao.class, dao -> dao.eventsSeen(tenantId, event.getId())) > 0) {
            return StripeWebhooks.Outcome.DUPLICATE;
        }
        // Applying is forward only, so a second delivery racing this one changes nothing; recorded after.
        applyAction(tenantId, charge.get(), StripeJavaTerminal.reader(reader).action());
        boolean first = jdbi.withExtension(PaymentDao.class, dao -> dao.recordEvent(tenantId, event.getId(),
                event.getType(), clock.instant())) > 0;
        return first ? StripeWebhooks.Outcome.APPLIED : StripeWebhooks.Outcome.DUPLICATE;
    }

    /** What Stripe's reader says of its action for this charge, applied. */
    void applyAction(String tenantId, TerminalCharge charge, ReaderAction action) {
        String account = readers.account(tenantId);
        if (action.succeeded()) {
            settle(tenantId, charge, account);
        } else if (action.failed()) {
            decline(tenantId, charge, account, action.failureCode(), action.failureMessage());
        } else if (action.inProgress()) {
            StripeGateway.Intent intent = stripe.retrievePaymentIntent(account, charge.stripePaymentIntentId());
            if ("processing".equals(intent.status()) || "requires_capture".equals(intent.status())) {
                jdbi.useExtension(TerminalChargeDao.class, dao -> dao.processing(tenantId, charge.paymentId(),
                        clock.instant()));
            }
        }
    }

    private void refresh(String tenantId, TerminalCharge charge) {
        String account = readers.account(tenantId);
        TerminalReader reader = jdbi.withExtension(TerminalDao.class, dao -> dao.reader(tenantId, charge.readerId()))
                .orElseThrow();
        ReaderAction action = terminal.retrieveReader(account, reader.stripeReaderId()).action();
        if (action != null && charge.stripePaymentIntentId().equals(action.paymentIntentId())) {
            applyAction(tenantId, charge, action);
        } else {
            // The reader has moved on (or its action was cancelled): the PaymentIntent tells how ours ended.
            refreshFromIntent(tenantId, charge, account, ChargeState.DECLINED, "reader_action_ended",
                    "The reader ended this payment without taking the card.");
        }
    }

    /** Ends the charge as the PaymentIntent says: paid, or else {@code otherwise} (and the intent cancelled). */
    private void refreshFromIntent(String tenantId, TerminalCharge charge, String account, ChargeState otherwise,
                                   String code, String message) {
        StripeGateway.Intent intent = stripe.retrievePaymentIntent(account, charge.stripePaymentIntentId());
        if ("succeeded".equals(intent.status())) {
            settle(tenantId, charge, account);
        } else if ("canceled".equals(intent.status()) || "requires_payment_method".equals(intent.status())) {
            if (!"canceled".equals(intent.status())) {
                cancelQuietly(account, charge);
            }
            end(tenantId, charge, otherwise, code, message, null);
        }
    }

    private void settle(String tenantId, TerminalCharge charge, String account) {
        Payment payment = reconciliation.repairPayment(tenantId, charge.paymentId());
        if (payment.status() != PaymentStatus.SUCCEEDED) {
            return; // Stripe has not settled it yet: the charge stays open
        }
        CardRead card = terminal.cardRead(account, charge.stripePaymentIntentId()).orElse(null);
        end(tenantId, charge, ChargeState.SUCCEEDED, null, null, card);
    }

    private void decline(String tenantId, TerminalCharge charge, String account, String code, String message) {
        // No card will pay this intent any more: cancelled, it can never succeed behind the desk's back.
        cancelQuietly(account, charge);
        end(tenantId, charge, ChargeState.DECLINED, code == null ? "card_declined" : code,
                message == null ? "The card was declined." : message, null);
    }

    private void cancelQuietly(String account, TerminalCharge charge) {
        try {
            stripe.cancelPaymentIntent(account, charge.stripePaymentIntentId());
        } catch (DomainException e) {
            LOG.info("PaymentIntent {} not cancelled: {}", charge.stripePaymentIntentId(), e.code());
        }
    }

    private void end(String tenantId, TerminalCharge charge, ChargeState state, String code, String message,
                     CardRead card) {
        if (state != ChargeState.SUCCEEDED) {
            payments.endAttempt(tenantId, charge.stripePaymentIntentId(),
                    state == ChargeState.CANCELED ? PaymentStatus.CANCELED : PaymentStatus.FAILED);
        }
        jdbi.useTransaction(handle -> {
            int moved = handle.attach(TerminalChargeDao.class).end(tenantId, charge.paymentId(), state, code,
                    message == null ? null : message.substring(0, Math.min(300, message.length())),
                    card == null ? null : card.brand(), card == null ? null : card.last4(),
                    card == null ? null : card.readMethod(), clock.instant());
            if (moved > 0) {
                audit.record(handle, tenantId, ActorType.SYSTEM, "stripe", "terminal.charge_" + state.name()
                        .toLowerCase(java.util.Locale.ROOT), "payment", charge.paymentId(),
                        code == null ? Map.of("readerId", charge.readerId())
                                : Map.of("readerId", charge.readerId(), "code", code));
            }
        });
    }

    private TerminalCharge find(String tenantId, String paymentId) {
        return jdbi.withExtension(TerminalChargeDao.class, dao -> dao.find(tenantId, paymentId))
                .orElseThrow(() -> DomainException.notFound("Reader payment"));
    }

    private Live live(String tenantId, String paymentId) {
        return new Live(find(tenantId, paymentId),
                jdbi.withExtension(PaymentDao.class, dao -> dao.find(tenantId, paymentId)).orElseThrow());
    }
}
