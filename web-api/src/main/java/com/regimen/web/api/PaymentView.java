package com.regimen.web.api;

import com.regimen.core.payments.Payment;
import com.regimen.core.payments.PaymentKind;
import com.regimen.core.payments.PaymentLedger;
import com.regimen.core.payments.PaymentMethod;
import com.regimen.core.payments.PaymentStatus;

import java.time.Instant;
import java.util.List;

/** {@code clientSecret} is set only in the answer that creates a card payment, for Stripe.js to confirm it. */
public record PaymentView(String id, String appointmentId, PaymentKind kind, PaymentMethod method,
                          PaymentStatus status, Money amount, Money refunded, String stripePaymentIntentId,
                          String clientSecret, Instant createdAt, Instant updatedAt) {
    public static PaymentView of(Payment p, String clientSecret) {
        return new PaymentView(p.id(), p.appointmentId(), p.kind(), p.method(), p.status(),
                new Money(p.amount(), p.currency()), new Money(p.refunded(), p.currency()), p.stripePaymentIntentId(),
                clientSecret, p.createdAt(), p.updatedAt());
    }

    @Override
    public String toString() {
        return "PaymentView[" + id + ", " + status + "]";
    }

    /** {@code refundDue}: what the cancellation policy says to give back and has not been. */
    public record Ledger(String appointmentId, Money price, Money depositDue, Money paid, Money refunded,
                         Money balanceOutstanding, Money refundDue, List<PaymentView> payments,
                         List<RefundView> refunds) {
        public static Ledger of(PaymentLedger l) {
            return new Ledger(l.appointmentId(), new Money(l.price(), l.currency()),
                    new Money(l.depositDue(), l.currency()), new Money(l.paid(), l.currency()),
                    new Money(l.refunded(), l.currency()), new Money(l.outstanding(), l.currency()),
                    new Money(l.refundDue(), l.currency()),
                    l.payments().stream().map(p -> PaymentView.of(p, null)).toList(),
                    l.refunds().stream().map(r -> RefundView.of(r)).toList());
        }
    }

    public record CourseLedger(String courseId, Money price, Money depositDue, Money paid, Money refunded,
                               Money balanceOutstanding, Money refundDue, List<Ledger> sessions) {
        public static CourseLedger of(com.regimen.core.payments.CourseLedger l) {
            return new CourseLedger(l.courseId(), new Money(l.price(), l.currency()),
                    new Money(l.depositDue(), l.currency()), new Money(l.paid(), l.currency()),
                    new Money(l.refunded(), l.currency()), new Money(l.outstanding(), l.currency()),
                    new Money(l.refundDue(), l.currency()), l.sessions().stream().map(Ledger::of).toList());
        }
    }
}
