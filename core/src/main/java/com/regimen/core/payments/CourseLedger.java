package com.regimen.core.payments;

import java.util.List;

/**
 * A course's money: the sums of its sessions' ledgers, and each session's ledger. Every session of a
 * course is at one location, so one currency.
 */
public record CourseLedger(String courseId, String currency, long price, long depositDue, long paid, long refunded,
                           long outstanding, long refundDue, List<PaymentLedger> sessions) {

    static CourseLedger of(String courseId, List<PaymentLedger> sessions) {
        return new CourseLedger(courseId, sessions.get(0).currency(),
                sessions.stream().mapToLong(PaymentLedger::price).sum(),
                sessions.stream().mapToLong(PaymentLedger::depositDue).sum(),
                sessions.stream().mapToLong(PaymentLedger::paid).sum(),
                sessions.stream().mapToLong(PaymentLedger::refunded).sum(),
                sessions.stream().mapToLong(PaymentLedger::outstanding).sum(),
                sessions.stream().mapToLong(PaymentLedger::refundDue).sum(), sessions);
    }
}
