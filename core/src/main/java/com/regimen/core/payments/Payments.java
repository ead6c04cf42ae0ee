package com.regimen.core.payments;

import com.regimen.core.audit.AuditTrail;
import com.regimen.core.booking.Appointment;
import com.regimen.core.booking.AppointmentDao;
import com.regimen.core.discounts.AppliedDiscount;
import com.regimen.core.discounts.AppliedDiscountDao;
import com.regimen.core.errors.DomainException;
import com.regimen.core.errors.ErrorKind;
import com.regimen.core.ids.Ids;
import com.regimen.core.identity.StaffIdentity;
import com.regimen.core.invoicing.PresentedCardDao;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Taking and refunding money for appointments. A card payment's row, with the idempotency key it
 * will send to Stripe, is committed before Stripe is called; a retry after a lost answer finds
 * that row and sends the same key, so Stripe answers with the first PaymentIntent instead of
 * charging again.
 */
public final class Payments {
    private final Jdbi jdbi;
    private final Clock clock;
    private final StripeGateway stripe;
    private final int applicationFeePercent;
    private final AuditTrail audit;
    /** The largest amount accepted in minor units, far above any bill, far below overflow. */
    static final long MAX_AMOUNT = 100_000_000_000L;

    /** @param stripe null when no Stripe key is configured: card payments are then refused, cash works */
    public Payments(Jdbi jdbi, Clock clock, StripeGateway stripe, int applicationFeePercent, AuditTrail audit) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.stripe = stripe;
        this.applicationFeePercent = applicationFeePercent;
        this.audit = audit;
    }

    /** A payment just taken; {@code clientSecret} (card only) lets the UI confirm it with Stripe.js. */
    public record Taken(Payment payment, String clientSecret) {
        @Override
        public String toString() {
            return "Taken[" + payment.id() + "]";
        }
    }

    /**
     * Refused whatever the id: a typed account id could claim another clinic's account. Onboarding
     * ({@link StripeOnboarding}) connects the account Stripe enables for this chain.
     */
    public void setStripeAccount(StaffIdentity actor, String accountId) {
        StripeOnboarding.refuseTypedAccount();
    }

    public Map<String, Object> settings(StaffIdentity reader) {
        String account = jdbi.withExtension(PaymentDao.class, dao -> dao.stripeAccount(reader.tenantId())).orElse(null);
        return Map.of("stripeAccountId", account == null ? "" : account, "cardPaymentsEnabled",
                stripe != null && account != null);
    }

    /**
     * What the desk asks for.
     *
     * @param amount     null: all that is due of that kind; otherwise any part of it (a partial payment)
     * @param tendered   cash only, optional: what the patient handed over; the change is recorded with it
     * @param cardOnFile charge the patient's saved card now, without them ({@code off_session}):
     *                   no-show fees and later sessions
     */
    public record PaymentRequest(PaymentKind kind, PaymentMethod method, Long amount, Long tendered,
                                 boolean cardOnFile) {
        public static PaymentRequest allDue(PaymentKind kind, PaymentMethod method) {
            return new PaymentRequest(kind, method, null, null, false);
        }
    }

    public Taken take(StaffIdentity actor, String appointmentId, PaymentRequest request) {
        return take(actor, appointmentId, request, false);
    }

    /**
     * A card payment the patient makes on a reader at the desk ({@code card_present}), under the same
     * rules as any other: the amount is any part of what is due of that kind. The PaymentIntent is
     * handed to the reader by the caller.
     */
    public Taken takeOnReader(StaffIdentity actor, String appointmentId, PaymentKind kind, Long amount) {
        return take(actor, appointmentId, new PaymentRequest(kind, PaymentMethod.CARD, amount, null, false), true);
    }

    private Taken take(StaffIdentity actor, String appointmentId, PaymentRequest request, boolean cardPresent) {
        PaymentMethod method = request.method();
        PaymentKind kind = request.kind();
        checkShape(request);
        if (method == PaymentMethod.CARD && stripe == null) {
            throw new DomainException(ErrorKind.UNAVAILABLE, "PAYMENTS_NOT_CONFIGURED",
                    "Card payments are not configured on this server (no STRIPE_SECRET_KEY). Cash still works.");
        }
        // Looked up before the row is written: a card attempt that cannot be sent must not hold the amount.
        if (method == PaymentMethod.CARD) {
            jdbi.withExtension(AppointmentDao.class, dao -> dao.find(actor.tenantId(), appointmentId))
                    .orElseThrow(() -> DomainException.notFound("Appointment"));
        }
        String account = method == PaymentMethod.CASH ? null : stripeAccount(actor);
        StripeGateway.CardOnFile card = request.cardOnFile() ? savedCard(actor, appointmentId) : null;
        Payment payment = jdbi.inTransaction(handle -> {
            // The appointment's row lock serialises every write of its money (and its status changes), so
            // the check below sees every payment committed before it. Appointment before payment, always.
            Appointment appointment = handle.attach(AppointmentDao.class).lock(actor.tenantId(), appointmentId)
                    .orElseThrow(() -> DomainException.notFound("Appointment"));
            PaymentDao dao = handle.attach(PaymentDao.class);
            List<Payment> existing = dao.forAppointment(actor.tenantId(), appointmentId);
            if (method == PaymentMethod.CARD) {
                // An earlier attempt whose Stripe answer was lost: retry it with its own key.
                for (Payment p : existing) {
                    if (p.kind() == kind && p.method() == PaymentMethod.CARD && p.status() == PaymentStatus.PENDING
                            && p.stripePaymentIntentId() == null
                            && (request.amount() == null || request.amount() == p.amount())) {
                        return p;
                    }
                }
            }
            long discount = handle.attach(AppliedDiscountDao.class).amountFor(actor.tenantId(), appointmentId);
            Dues.Due due = Dues.due(appointment, discount, existing);
            long most = due.of(kind);
            if (most <= 0) {
                throw new DomainException(ErrorKind.CONFLICT, "NOTHING_DUE", "Nothing is due for " + kind + ".",
                        List.of(), Map.of("due", dueMap(due)));
            }
            long amount = request.amount() == null ? most : request.amount();
            if (amount > most) {
                throw new DomainException(ErrorKind.CONFLICT, "AMOUNT_EXCEEDS_DUE", "At most " + most
                        + " is due for " + kind + ".", List.of(), Map.of("due", dueMap(due)));
            }
            if (request.tendered() != null && request.tendered() < amount) {
                throw DomainException.invalid("tendered", "must be at least the amount taken (" + amount + ")");
            }
            Instant now = clock.instant();
            boolean cash = method == PaymentMethod.CASH;
            Long change = request.tendered() == null ? null : request.tendered() - amount;
            Payment created = new Payment(Ids.newId(), appointmentId, kind, method,
                    cash ? PaymentStatus.SUCCEEDED : PaymentStatus.PENDING, amount, appointment.currency(),
                    request.tendered(), change, 0, null, cash ? null : Ids.newId(), actor.actorId(), now, now);
            dao.insert(actor.tenantId(), created);
            Map<String, Object> details = new java.util.LinkedHashMap<>(Map.of("paymentId", created.id(),
                    "kind", kind, "method", method, "amount", amount));
            if (change != null) {
                details.put("tendered", request.tendered());
                details.put("change", change);
            }
            audit.record(handle, actor, "payment.created", "appointment", appointmentId, details);
            // A cash payment has succeeded here, in this transaction.
            com.regimen.core.invoicing.Bookkeeping.paymentSettled(handle, actor.tenantId(), created.id());
            return created;
        });
        if (method == PaymentMethod.CASH) {
            return new Taken(payment, null);
        }
        long fee = payment.amount() * applicationFeePercent / 100;
        StripeGateway.Intent intent;
        try {
            Map<String, String> metadata = Map.of("regimen_tenant", actor.tenantId(), "regimen_payment", payment.id(),
                    "regimen_appointment", appointmentId, "regimen_kind", payment.kind().name());
            intent = cardPresent
                    ? stripe.createCardPresentIntent(account, payment.amount(), payment.currency(), fee, metadata,
                            payment.stripeIdempotencyKey())
                    : stripe.createPaymentIntent(account, payment.amount(), payment.currency(), fee, metadata, card,
                            payment.stripeIdempotencyKey());
        } catch (DomainException refused) {
            // Unreachable: keep the row so a retry sends the same key. Declined or refused: the attempt is
            // over (Stripe would replay the decline for that key), so another card or cash can follow.
            if (refused.kind() != ErrorKind.UNAVAILABLE) {
                jdbi.useExtension(PaymentDao.class, dao -> dao.update(actor.tenantId(), payment.id(),
                        PaymentStatus.FAILED, null, clock.instant()));
            }
            throw refused;
        }
        PaymentStatus status = PaymentStatus.fromStripe(intent.status());
        jdbi.useTransaction(handle -> handle.attach(PaymentDao.class).update(actor.tenantId(), payment.id(), status,
                intent.id(), clock.instant()));
        jdbi.useTransaction(handle -> com.regimen.core.invoicing.Bookkeeping.paymentSettled(handle, actor.tenantId(),
                payment.id())); // a card on file may succeed at once; the webhook would otherwise book it
        Payment stored = jdbi.withExtension(PaymentDao.class, dao -> dao.find(actor.tenantId(), payment.id()))
                .orElseThrow();
        return new Taken(stored, intent.clientSecret());
    }

    private String stripeAccount(StaffIdentity actor) {
        return jdbi.withExtension(PaymentDao.class, dao -> dao.stripeAccount(actor.tenantId()))
                .orElseThrow(() -> new DomainException(ErrorKind.UNPROCESSABLE, "STRIPE_ACCOUNT_MISSING",
                        "Connect this clinic chain's Stripe account first: POST /v1/stripe-connect/onboarding-link."));
    }

    private StripeGateway.CardOnFile savedCard(StaffIdentity actor, String appointmentId) {
        return jdbi.withHandle(handle -> {
            String patientId = handle.attach(AppointmentDao.class).find(actor.tenantId(), appointmentId)
                    .orElseThrow(() -> DomainException.notFound("Appointment")).patientId();
            return handle.attach(PatientCardDao.class).find(actor.tenantId(), patientId)
                    .filter(c -> c.paymentMethodId() != null && c.stripeCustomerId() != null)
                    .map(c -> new StripeGateway.CardOnFile(c.stripeCustomerId(), c.paymentMethodId()))
                    .orElseThrow(() -> new DomainException(ErrorKind.UNPROCESSABLE, "NO_CARD_ON_FILE",
                            "This patient has no saved card: set one up at /v1/patients/{id}/card-setup."));
        });
    }

    public PaymentLedger ledger(StaffIdentity reader, String appointmentId) {
        return jdbi.withHandle(handle -> {
            Appointment appointment = handle.attach(AppointmentDao.class).find(reader.tenantId(), appointmentId)
                    .orElseThrow(() -> DomainException.notFound("Appointment"));
            return ledger(handle, reader.tenantId(), appointment).withTakers(takers(handle, reader.tenantId(),
                    appointmentId));
        });
    }

    /** Who took each of an appointment's payments, by payment id (a deleted API key's payment names nobody). */
    private static Map<String, PaymentTaker> takers(Handle handle, String tenantId, String appointmentId) {
        Map<String, PaymentTaker> takers = new HashMap<>();
        handle.attach(PaymentTakerDao.class).forAppointment(tenantId, appointmentId).stream()
                .filter(row -> row.name() != null)
                .forEach(row -> takers.put(row.paymentId(), new PaymentTaker(row.actorId(), row.name())));
        return takers;
    }

    public CourseLedger courseLedger(StaffIdentity reader, String courseId) {
        return jdbi.withHandle(handle -> {
            List<Appointment> sessions = handle.attach(AppointmentDao.class).ofCourse(reader.tenantId(), courseId);
            if (sessions.isEmpty()) {
                throw DomainException.notFound("Course");
            }
            return CourseLedger.of(courseId, sessions.stream().map(a -> ledger(handle, reader.tenantId(), a)
                    .withTakers(takers(handle, reader.tenantId(), a.id()))).toList());
        });
    }

    static PaymentLedger ledger(Handle handle, String tenantId, Appointment appointment) {
        List<Payment> payments = handle.attach(PaymentDao.class).forAppointment(tenantId, appointment.id());
        List<Refund> refunds = handle.attach(RefundDao.class).forAppointment(tenantId, appointment.id());
        AppliedDiscount discount = handle.attach(AppliedDiscountDao.class)
                .forAppointment(tenantId, appointment.id()).orElse(null);
        long discounted = discount == null ? 0 : discount.amount();
        long paid = payments.stream().filter(p -> p.status() == PaymentStatus.SUCCEEDED)
                .mapToLong(Payment::amount).sum();
        long refunded = refunds.stream().filter(r -> r.status().counts()).mapToLong(Refund::amount).sum();
        long owed = Dues.owed(appointment, discounted);
        return new PaymentLedger(appointment.id(), appointment.currency(), appointment.price(), discounted, discount,
                owed, appointment.deposit(), Dues.closed(appointment) ? owed : 0,
                Dues.due(appointment, discounted, payments), paid, refunded,
                Math.max(0, owed - (paid - refunded)),
                RefundPolicy.refundDue(appointment, discounted, payments, refunds), payments, refunds,
                handle.attach(PresentedCardDao.class).forAppointment(tenantId, appointment.id()));
    }

    /**
     * Applies a Stripe PaymentIntent state to our payment, forward only (webhooks may come out of
     * order), then returns to the card whatever that puts on the appointment beyond what it owes.
     *
     * @return whether the payment moved, and the refunds to send after the transaction commits
     */
    static StripeChange applyIntentStatus(Handle handle, String tenantId, String intentId, PaymentStatus next,
                                          Instant now, AuditTrail audit) {
        PaymentDao dao = handle.attach(PaymentDao.class);
        Optional<Payment> unlocked = dao.findByIntent(tenantId, intentId);
        if (unlocked.isEmpty()) {
            return StripeChange.NONE;
        }
        // Appointment before payment, as taking a payment and refunding lock them.
        Appointment appointment = handle.attach(AppointmentDao.class)
                .lock(tenantId, unlocked.get().appointmentId()).orElseThrow();
        Payment payment = dao.lockByIntent(tenantId, intentId).orElseThrow();
        if (!payment.status().canMoveTo(next)) {
            return StripeChange.NONE;
        }
        dao.update(tenantId, payment.id(), next, null, now);
        long discount = handle.attach(AppliedDiscountDao.class).amountFor(tenantId, appointment.id());
        return new StripeChange(true, Overpayments.returnExcess(handle, tenantId, appointment, discount, now, audit));
    }

    /**
     * Ends a card attempt that Stripe says is over without money (declined on a reader, cancelled at
     * the desk): it no longer holds any of what is due, so cash or another card can follow.
     */
    public boolean endAttempt(String tenantId, String intentId, PaymentStatus over) {
        if (over != PaymentStatus.FAILED && over != PaymentStatus.CANCELED) {
            throw new IllegalArgumentException("An attempt ends FAILED or CANCELED, not " + over);
        }
        return jdbi.inTransaction(handle -> applyIntentStatus(handle, tenantId, intentId, over, clock.instant(), audit)
                .moved());
    }

    /** What a piece of news from Stripe changed: whether anything moved, and refunds to send. */
    record StripeChange(boolean moved, List<Refund> refundsToSend) {
        static final StripeChange NONE = new StripeChange(false, List.of());
    }

    private static void checkShape(PaymentRequest request) {
        if (request.amount() != null && (request.amount() < 1 || request.amount() > MAX_AMOUNT)) {
            throw DomainException.invalid("amount", "must be 1 to " + MAX_AMOUNT + " (minor units)");
        }
        if (request.tendered() != null && request.method() != PaymentMethod.CASH) {
            throw DomainException.invalid("tendered", "is only for cash");
        }
        if (request.tendered() != null && (request.tendered() < 1 || request.tendered() > MAX_AMOUNT)) {
            throw DomainException.invalid("tendered", "must be 1 to " + MAX_AMOUNT + " (minor units)");
        }
        if (request.cardOnFile() && request.method() != PaymentMethod.CARD) {
            throw DomainException.invalid("cardOnFile", "is only for card payments");
        }
    }

    /** The ledger's due, as the problem's {@code due} member tells the desk what it may take instead. */
    private static Map<String, Long> dueMap(Dues.Due due) {
        return Map.of("deposit", due.deposit(), "balance", due.balance(), "fees", due.fees(), "total", due.total());
    }
}
