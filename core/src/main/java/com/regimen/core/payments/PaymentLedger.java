package com.regimen.core.payments;

import java.util.List;

/**
 * An appointment's money: what it costs, what was paid (succeeded payments), refunded, and what is
 * still owed. Amounts in minor units of {@code currency}.
 */
public record PaymentLedger(String appointmentId, String currency, long price, long depositDue, long paid,
                            long refunded, long outstanding, List<Payment> payments) {
}
