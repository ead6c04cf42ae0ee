package com.regimen.core.payments;

import java.util.List;

/**
 * A course's money: the sums of its sessions' ledgers, and each session's ledger. Every session of a
 * course is at one location, so one currency. Each session keeps its own ledger invariant, so the
 * course's sums keep it too.
 */
public record CourseLedger(String courseId, String currency, long price, long discount, long owed, long deposit,
                           Dues.Due due, long paid, long refunded, long outstanding, long refundDue,
                           List<PaymentLedger> sessions) {

    static CourseLedger of(String courseId, List<PaymentLedger> sessions) {
        return new CourseLedger(courseId, sessions.get(0).currency(),
                sessions.stream().mapToLong(PaymentLedger::price).sum(),
                sessions.stream().mapToLong(PaymentLedger::discount).sum(),
                sessions.stream().mapToLong(PaymentLedger::owed).sum(),
                sessions.stream().mapToLong(PaymentLedger::deposit).sum(),
                new Dues.Due(sessions.stream().mapToLong(s -> s.due().deposit()).sum(),
                        sessions.stream().mapToLong(s -> s.due().balance()).sum(),
                        sessions.stream().mapToLong(s -> s.due().fees()).sum(),
                        sessions.stream().mapToLong(s -> s.due().total()).sum()),
                sessions.stream().mapToLong(PaymentLedger::paid).sum(),
                sessions.stream().mapToLong(PaymentLedger::refunded).sum(),
                sessions.stream().mapToLong(PaymentLedger::outstanding).sum(),
                sessions.stream().mapToLong(PaymentLedger::refundDue).sum(), sessions);
    }
}
