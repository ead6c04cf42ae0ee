package com.regimen.core.payments;

import com.regimen.core.booking.Appointment;
import com.regimen.core.booking.AppointmentStatus;

import java.util.List;

/**
 * The one rule for what an appointment owes and what may still be taken for it. Every payment is
 * checked against it in the transaction that writes it, under the appointment's row lock, so
 * money held for an appointment (paid, or being paid by card, less what went back) never exceeds
 * what it owes.
 *
 * <p>What it owes: its price less its discount while the visit goes ahead; once it is cancelled late
 * or missed, only the fee (the deposit, never more than the discounted price). The fee replaces the
 * price; it is kept from money already paid, never charged on top. The deposit is the first part of
 * the price, so once that much is held (whatever the kind it was paid as) no deposit is due: a
 * deposit cannot follow a settled balance, and the fee is charged once.
 */
public final class Dues {
    private Dues() {
    }

    /** What is still due, by kind; {@code total} is their sum, the most a BALANCE payment may take. */
    public record Due(long deposit, long balance, long fees, long total) {
        public long of(PaymentKind kind) {
            return switch (kind) {
                case DEPOSIT -> deposit;
                case BALANCE -> deposit + balance;
                case NO_SHOW_FEE -> fees;
            };
        }
    }

    public static boolean closed(Appointment appointment) {
        return appointment.status() == AppointmentStatus.CANCELLED
                || appointment.status() == AppointmentStatus.NO_SHOW;
    }

    /** The price less the discount: the most the appointment can ever hold. */
    public static long discountedPrice(Appointment appointment, long discount) {
        return Math.max(0, appointment.price() - discount);
    }

    /** What the appointment owes now: the discounted price, or once closed its fee. */
    public static long owed(Appointment appointment, long discount) {
        long price = discountedPrice(appointment, discount);
        if (closed(appointment)) {
            return Math.min(price, appointment.cancellationFee() == null ? 0 : appointment.cancellationFee());
        }
        return price;
    }

    /**
     * Money held or about to be: succeeded payments and card attempts still in flight, less refunds
     * that are returning or have returned money. A refund awaiting approval is still held.
     */
    public static long held(List<Payment> payments) {
        return payments.stream().filter(Payment::holdsMoney).mapToLong(p -> p.amount() - p.refunded()).sum();
    }

    public static Due due(Appointment appointment, long discount, List<Payment> payments) {
        long held = held(payments);
        long remaining = Math.max(0, owed(appointment, discount) - held);
        if (closed(appointment)) {
            return new Due(0, 0, remaining, remaining);
        }
        long deposit = Math.min(remaining,
                Math.max(0, Math.min(appointment.deposit(), discountedPrice(appointment, discount)) - held));
        return new Due(deposit, remaining - deposit, 0, remaining);
    }
}
