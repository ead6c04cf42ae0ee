package com.regimen.core.payments;

import com.regimen.core.audit.AuditTrail;
import com.regimen.core.booking.Appointment;
import com.regimen.core.booking.AppointmentDao;
import com.regimen.core.booking.AppointmentStatus;
import com.regimen.core.errors.DomainException;
import com.regimen.core.errors.ErrorKind;
import com.regimen.core.ids.Ids;
import com.regimen.core.staff.StaffIdentity;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

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

    public void setStripeAccount(StaffIdentity actor, String accountId) {
        if (accountId == null || !accountId.matches("acct_[A-Za-z0-9]{6,60}")) {
            throw DomainException.invalid("stripeAccountId", "must be a Stripe account id like acct_1Ey3h1BqeQ4DKpna");
        }
        jdbi.useTransaction(handle -> {
            StripeAccountRouteDao routes = handle.attach(StripeAccountRouteDao.class);
            routes.claim(accountId, actor.tenantId(), clock.instant());
            if (!routes.tenantOf(accountId).orElseThrow().equals(actor.tenantId())) {
                throw new DomainException(ErrorKind.CONFLICT, "STRIPE_ACCOUNT_TAKEN",
                        "That Stripe account is already connected to another clinic chain on Regimen.");
            }
            routes.releaseOthers(actor.tenantId(), accountId);
            handle.attach(PaymentDao.class).setStripeAccount(actor.tenantId(), accountId, clock.instant());
            audit.record(handle, actor, "payment_settings.updated", "tenant", actor.tenantId(),
                    Map.of("stripeAccountId", accountId));
        });
    }

    public Map<String, Object> settings(StaffIdentity reader) {
        String account = jdbi.withExtension(PaymentDao.class, dao -> dao.stripeAccount(reader.tenantId())).orElse(null);
        return Map.of("stripeAccountId", account == null ? "" : account, "cardPaymentsEnabled",
                stripe != null && account != null);
    }

    public Taken take(StaffIdentity actor, String appointmentId, PaymentKind kind, PaymentMethod method) {
        return take(actor, appointmentId, kind, method, false);
    }

    /**
     * @param cardOnFile charge the patient's saved card now, without them ({@code off_session}):
     *                   no-show fees and later sessions
     */
    public Taken take(StaffIdentity actor, String appointmentId, PaymentKind kind, PaymentMethod method,
                      boolean cardOnFile) {
        if (method == PaymentMethod.CARD && stripe == null) {
            throw new DomainException(ErrorKind.UNAVAILABLE, "PAYMENTS_NOT_CONFIGURED",
                    "Card payments are not configured on this server (no STRIPE_SECRET_KEY). Cash still works.");
        }
        Payment payment = jdbi.inTransaction(handle -> {
            Appointment appointment = handle.attach(AppointmentDao.class).lock(actor.tenantId(), appointmentId)
                    .orElseThrow(() -> DomainException.notFound("Appointment"));
            PaymentDao dao = handle.attach(PaymentDao.class);
            List<Payment> existing = dao.forAppointment(actor.tenantId(), appointmentId);
            if (method == PaymentMethod.CARD) {
                // An earlier attempt whose Stripe answer was lost: retry it with its own key.
                for (Payment p : existing) {
                    if (p.kind() == kind && p.method() == PaymentMethod.CARD && p.status() == PaymentStatus.PENDING
                            && p.stripePaymentIntentId() == null) {
                        return p;
                    }
                }
            }
            long due = due(appointment, kind, existing);
            if (due <= 0) {
                throw new DomainException(ErrorKind.CONFLICT, "NOTHING_DUE", "Nothing is due for " + kind + ".");
            }
            Instant now = clock.instant();
            Payment created = new Payment(Ids.newId(), appointmentId, kind, method,
                    method == PaymentMethod.CASH ? PaymentStatus.SUCCEEDED : PaymentStatus.PENDING, due,
                    appointment.currency(), 0, null, method == PaymentMethod.CARD ? Ids.newId() : null,
                    actor.actorId(), now, now);
            dao.insert(actor.tenantId(), created);
            com.regimen.core.invoicing.Bookkeeping.paymentSettled(handle, actor.tenantId(), created.id());
            audit.record(handle, actor, "payment.created", "appointment", appointmentId, Map.of("paymentId",
                    created.id(), "kind", kind, "method", method, "amount", due));
            return created;
        });
        if (method == PaymentMethod.CASH) {
            return new Taken(payment, null);
        }
        String account = jdbi.withExtension(PaymentDao.class, dao -> dao.stripeAccount(actor.tenantId()))
                .orElseThrow(() -> new DomainException(ErrorKind.UNPROCESSABLE, "STRIPE_ACCOUNT_MISSING",
                        "Connect this clinic chain's Stripe account first: PUT /v1/payment-settings."));
        long fee = payment.amount() * applicationFeePercent / 100;
        StripeGateway.CardOnFile card = cardOnFile ? savedCard(actor, appointmentId) : null;
        StripeGateway.Intent intent;
        try {
            intent = stripe.createPaymentIntent(account, payment.amount(), payment.currency(), fee,
                    Map.of("regimen_tenant", actor.tenantId(), "regimen_payment", payment.id(),
                            "regimen_appointment", appointmentId, "regimen_kind", payment.kind().name()),
                    card, payment.stripeIdempotencyKey());
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

    private StripeGateway.CardOnFile savedCard(StaffIdentity actor, String appointmentId) {
        return jdbi.withHandle(handle -> {
            String patientId = handle.attach(AppointmentDao.class).find(actor.tenantId(), appointmentId)
                    .orElseThrow().patientId();
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
            return ledger(handle, reader.tenantId(), appointment);
        });
    }

    public CourseLedger courseLedger(StaffIdentity reader, String courseId) {
        return jdbi.withHandle(handle -> {
            List<Appointment> sessions = handle.attach(AppointmentDao.class).ofCourse(reader.tenantId(), courseId);
            if (sessions.isEmpty()) {
                throw DomainException.notFound("Course");
            }
            return CourseLedger.of(courseId, sessions.stream().map(a -> ledger(handle, reader.tenantId(), a)).toList());
        });
    }

    static PaymentLedger ledger(Handle handle, String tenantId, Appointment appointment) {
        List<Payment> payments = handle.attach(PaymentDao.class).forAppointment(tenantId, appointment.id());
        List<Refund> refunds = handle.attach(RefundDao.class).forAppointment(tenantId, appointment.id());
        long paid = payments.stream().filter(p -> p.status() == PaymentStatus.SUCCEEDED)
                .mapToLong(Payment::amount).sum();
        long refunded = refunds.stream().filter(r -> r.status().counts()).mapToLong(Refund::amount).sum();
        return new PaymentLedger(appointment.id(), appointment.currency(), appointment.price(), appointment.deposit(),
                paid, refunded, Math.max(0, RefundPolicy.owed(appointment) - (paid - refunded)),
                RefundPolicy.refundDue(appointment, payments, refunds), payments, refunds);
    }

    /** Applies a Stripe PaymentIntent state to our payment, forward only (webhooks may come out of order). */
    static boolean applyIntentStatus(Handle handle, String tenantId, String intentId, PaymentStatus next, Instant now) {
        PaymentDao dao = handle.attach(PaymentDao.class);
        return dao.lockByIntent(tenantId, intentId).filter(p -> p.status().canMoveTo(next)).map(p -> {
            dao.update(tenantId, p.id(), next, null, now);
            return true;
        }).orElse(false);
    }

    private static long due(Appointment appointment, PaymentKind kind, List<Payment> existing) {
        long taken = existing.stream()
                .filter(p -> p.status() == PaymentStatus.SUCCEEDED || p.status() == PaymentStatus.PENDING
                        || p.status() == PaymentStatus.PROCESSING)
                .mapToLong(p -> p.amount() - p.refunded()).sum();
        boolean closed = appointment.status() == AppointmentStatus.CANCELLED
                || appointment.status() == AppointmentStatus.NO_SHOW;
        return switch (kind) {
            case DEPOSIT -> closed ? 0 : appointment.deposit() - existing.stream()
                    .filter(p -> p.kind() == PaymentKind.DEPOSIT && p.status() != PaymentStatus.FAILED
                            && p.status() != PaymentStatus.CANCELED)
                    .mapToLong(p -> p.amount() - p.refunded()).sum();
            case BALANCE -> closed ? 0 : appointment.price() - taken;
            case NO_SHOW_FEE -> !closed || appointment.cancellationFee() == null ? 0
                    : appointment.cancellationFee() - taken;
        };
    }
}
