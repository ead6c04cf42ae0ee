package com.regimen.core.payments;

import java.util.List;

/**
 * An appointment's money: what it costs, what was paid (succeeded payments), refunded (pending or
 * succeeded refunds), what is still owed, and what the cancellation policy says to give back
 * ({@code refundDue}). Amounts in minor units of {@code currency}.
 */
public record PaymentLedger(String appointmentId, String currency, long price, long depositDue, long paid,
                            long refunded, long outstanding, long refundDue, List<Payment> payments,
                            List<Refund> refunds) {
}
