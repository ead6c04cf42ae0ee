package com.regimen.core.payments;

import com.regimen.core.audit.AuditTrail;
import com.regimen.core.booking.Appointment;
import com.regimen.core.booking.AppointmentDao;
import com.regimen.core.discounts.AppliedDiscount;
import com.regimen.core.discounts.AppliedDiscountDao;
import com.regimen.core.discounts.DiscountRule;
import com.regimen.core.discounts.DiscountRuleDao;
import com.regimen.core.errors.DomainException;
import com.regimen.core.errors.ErrorKind;
import com.regimen.core.ids.Ids;
import com.regimen.core.identity.StaffIdentity;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Taking a discount off an appointment's price: one rule per appointment, by a manager or owner,
 * with a reason, audited. It changes what is owed, so it is written under the appointment's row
 * lock like every payment, and refused when more is already held than the discounted price
 * (refund first): the ledger's invariant holds through it.
 */
public final class Discounting {
    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditTrail audit;

    public Discounting(Jdbi jdbi, Clock clock, AuditTrail audit) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
    }

    public PaymentLedger apply(StaffIdentity manager, String appointmentId, String ruleId, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 500) {
            throw DomainException.invalid("reason", "must say why, in 1 to 500 characters");
        }
        return jdbi.inTransaction(handle -> {
            Appointment appointment = handle.attach(AppointmentDao.class).lock(manager.tenantId(), appointmentId)
                    .orElseThrow(() -> DomainException.notFound("Appointment"));
            DiscountRule rule = handle.attach(DiscountRuleDao.class).find(manager.tenantId(), ruleId)
                    .orElseThrow(() -> DomainException.notFound("Discount rule"));
            AppliedDiscountDao discounts = handle.attach(AppliedDiscountDao.class);
            if (discounts.forAppointment(manager.tenantId(), appointmentId).isPresent()) {
                throw new DomainException(ErrorKind.CONFLICT, "ALREADY_DISCOUNTED",
                        "This appointment already has a discount.");
            }
            if (Dues.closed(appointment)) {
                throw new DomainException(ErrorKind.CONFLICT, "DISCOUNT_NOT_APPLICABLE",
                        "A cancelled or missed appointment owes only its fee; there is no price to discount.");
            }
            if (!rule.appliesTo(appointment.treatmentId(), appointment.currency())) {
                throw new DomainException(ErrorKind.UNPROCESSABLE, "DISCOUNT_NOT_APPLICABLE", "This rule does not "
                        + "apply here: it is inactive, for another treatment, or in another currency than "
                        + appointment.currency() + ".");
            }
            long amount = rule.amountOff(appointment.price());
            if (amount <= 0) {
                throw new DomainException(ErrorKind.UNPROCESSABLE, "DISCOUNT_NOT_APPLICABLE",
                        "There is nothing to take off a price of 0.");
            }
            List<Payment> payments = handle.attach(PaymentDao.class).forAppointment(manager.tenantId(), appointmentId);
            long held = Dues.held(payments);
            if (held > appointment.price() - amount) {
                throw new DomainException(ErrorKind.CONFLICT, "DISCOUNT_EXCEEDS_UNPAID", "More than the discounted "
                        + "price is already paid or being paid; refund the difference first.", List.of(),
                        Map.of("held", held, "discountedPrice", appointment.price() - amount));
            }
            Instant now = clock.instant();
            AppliedDiscount applied = new AppliedDiscount(Ids.newId(), appointmentId, rule.id(), amount,
                    appointment.currency(), why, manager.actorId(), now);
            discounts.insert(manager.tenantId(), applied);
            audit.record(handle, manager, "appointment.discounted", "appointment", appointmentId, Map.of(
                    "discountId", applied.id(), "ruleId", rule.id(), "amount", amount, "reason", why));
            return Payments.ledger(handle, manager.tenantId(), appointment);
        });
    }
}
