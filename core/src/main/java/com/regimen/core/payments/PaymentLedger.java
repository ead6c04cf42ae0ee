package com.regimen.core.payments;

import com.regimen.core.discounts.AppliedDiscount;
import com.regimen.core.invoicing.PresentedCard;

import java.util.List;
import java.util.Map;

/**
 * An appointment's money, in minor units of {@code currency}: its price, the discount taken off
 * it, what it owes now ({@link Dues#owed}), its deposit and (once cancelled late or missed) its
 * fee, what is still due by kind, what was paid (succeeded payments) and refunded (pending or
 * succeeded refunds), what is still owed, and what the cancellation policy says to give back.
 *
 * @param appliedDiscount null without a discount
 * @param cards the card each payment taken on a reader was read from, by payment id (for the receipt)
 * @param takenBy who took each payment, by payment id: filled on the reads the desk sees
 *                ({@link Payments#ledger(com.regimen.core.identity.StaffIdentity, String)}), empty inside
 *                the money-moving transactions, which need no names
 */
public record PaymentLedger(String appointmentId, String currency, long price, long discount,
                            AppliedDiscount appliedDiscount, long owed, long deposit, long fee, Dues.Due due,
                            long paid, long refunded, long outstanding, long refundDue, List<Payment> payments,
                            List<Refund> refunds, Map<String, PresentedCard> cards, Map<String, PaymentTaker> takenBy) {
    public PaymentLedger {
        cards = cards == null ? Map.of() : Map.copyOf(cards);
        takenBy = takenBy == null ? Map.of() : Map.copyOf(takenBy);
    }

    public PaymentLedger(String appointmentId, String currency, long price, long discount,
                         AppliedDiscount appliedDiscount, long owed, long deposit, long fee, Dues.Due due,
                         long paid, long refunded, long outstanding, long refundDue, List<Payment> payments,
                         List<Refund> refunds, Map<String, PresentedCard> cards) {
        this(appointmentId, currency, price, discount, appliedDiscount, owed, deposit, fee, due, paid, refunded,
                outstanding, refundDue, payments, refunds, cards, Map.of());
    }

    public PaymentLedger withTakers(Map<String, PaymentTaker> takers) {
        return new PaymentLedger(appointmentId, currency, price, discount, appliedDiscount, owed, deposit, fee, due,
                paid, refunded, outstanding, refundDue, payments, refunds, cards, takers);
    }
}
