package com.regimen.web.api;

import com.regimen.core.discounts.AppliedDiscount;
import com.regimen.core.invoicing.PresentedCard;
import com.regimen.core.payments.Dues;
import com.regimen.core.payments.Payment;
import com.regimen.core.payments.PaymentKind;
import com.regimen.core.payments.PaymentLedger;
import com.regimen.core.payments.PaymentMethod;
import com.regimen.core.payments.PaymentStatus;
import com.regimen.core.payments.PaymentTaker;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * {@code clientSecret} is set only in the answer that creates a card payment, for Stripe.js to confirm it;
 * {@code tendered} and {@code change} only for cash where the desk recorded them; {@code card} only for a
 * payment a reader took, read back from the ledger, for the card-present receipt.
 */
public record PaymentView(String id, String appointmentId, PaymentKind kind, PaymentMethod method,
                          PaymentStatus status, Money amount, @Schema(nullable = true) Money tendered,
                          @Schema(nullable = true) Money change, Money refunded,
                          @Schema(nullable = true) String stripePaymentIntentId,
                          @Schema(nullable = true) String clientSecret, Instant createdAt,
                          @Schema(nullable = true) Instant updatedAt,
                          @Schema(nullable = true) TerminalViews.CardView card,
                          @Schema(nullable = true, description = "Who took the payment: named in the "
                                  + "appointment's and the course's payments ledger (GET) and the patient profile; "
                                  + "null in other answers and for a payment whose API key was since deleted.")
                          TakenBy takenBy) {
    /** A member of staff by id and name (an API key's id and name when a system took the payment). */
    public record TakenBy(String id, String name) {
    }

    public static PaymentView of(Payment p, String clientSecret) {
        return of(p, clientSecret, null, null);
    }

    public static PaymentView of(Payment p, String clientSecret, PresentedCard card, PaymentTaker taker) {
        return new PaymentView(p.id(), p.appointmentId(), p.kind(), p.method(), p.status(),
                new Money(p.amount(), p.currency()), p.tendered() == null ? null : new Money(p.tendered(), p.currency()),
                p.changeGiven() == null ? null : new Money(p.changeGiven(), p.currency()),
                new Money(p.refunded(), p.currency()), p.stripePaymentIntentId(), clientSecret, p.createdAt(),
                p.updatedAt(),
                card == null ? null : new TerminalViews.CardView(card.brand(), card.last4(), card.readMethod()),
                taker == null ? null : new TakenBy(taker.id(), taker.name()));
    }

    @Override
    public String toString() {
        return "PaymentView[" + id + ", " + status + "]";
    }

    /** What may still be taken, by kind; a BALANCE payment may take all of {@code total}. */
    public record Due(Money deposit, Money balance, Money fees, Money total) {
        public static Due of(Dues.Due due, String currency) {
            return new Due(new Money(due.deposit(), currency), new Money(due.balance(), currency),
                    new Money(due.fees(), currency), new Money(due.total(), currency));
        }
    }

    /** A discount taken off the price, who applied it and why. */
    public record DiscountView(String id, String ruleId, Money amount, String reason, String appliedBy,
                               Instant appliedAt) {
        public static DiscountView of(AppliedDiscount d) {
            return d == null ? null : new DiscountView(d.id(), d.ruleId(), new Money(d.amount(), d.currency()),
                    d.reason(), d.appliedBy(), d.appliedAt());
        }
    }

    /**
     * {@code owed}: the discounted price, or once cancelled late or missed, the fee; {@code depositDue}: the
     * appointment's deposit (what is left of it to take is {@code due.deposit}); {@code refundDue}: what the
     * cancellation policy says to give back and has not been.
     */
    public record Ledger(String appointmentId, Money price, Money discount,
                         @Schema(nullable = true) DiscountView appliedDiscount, Money owed,
                         Money depositDue, Money fee, Due due, Money paid, Money refunded, Money balanceOutstanding,
                         Money refundDue, List<PaymentView> payments, List<RefundView> refunds) {
        public static Ledger of(PaymentLedger l) {
            String c = l.currency();
            return new Ledger(l.appointmentId(), new Money(l.price(), c), new Money(l.discount(), c),
                    DiscountView.of(l.appliedDiscount()), new Money(l.owed(), c), new Money(l.deposit(), c),
                    new Money(l.fee(), c), Due.of(l.due(), c), new Money(l.paid(), c), new Money(l.refunded(), c),
                    new Money(l.outstanding(), c), new Money(l.refundDue(), c),
                    l.payments().stream().map(p -> PaymentView.of(p, null, l.cards().get(p.id()),
                            l.takenBy().get(p.id()))).toList(),
                    l.refunds().stream().map(RefundView::of).toList());
        }
    }

    public record CourseLedger(String courseId, Money price, Money discount, Money owed, Money depositDue, Due due,
                               Money paid, Money refunded, Money balanceOutstanding, Money refundDue,
                               List<Ledger> sessions) {
        public static CourseLedger of(com.regimen.core.payments.CourseLedger l) {
            String c = l.currency();
            return new CourseLedger(l.courseId(), new Money(l.price(), c), new Money(l.discount(), c),
                    new Money(l.owed(), c), new Money(l.deposit(), c), Due.of(l.due(), c), new Money(l.paid(), c),
                    new Money(l.refunded(), c), new Money(l.outstanding(), c), new Money(l.refundDue(), c),
                    l.sessions().stream().map(Ledger::of).toList());
        }
    }
}
