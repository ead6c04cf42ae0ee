package com.regimen.web.api;

import com.regimen.core.payments.Refund;
import com.regimen.core.payments.RefundOrigin;
import com.regimen.core.payments.RefundStatus;

import java.time.Instant;

public record RefundView(String id, String paymentId, String appointmentId, Money amount, RefundStatus status,
                         RefundOrigin origin, String stripeRefundId, String requestedBy, String approvedBy,
                         Instant createdAt, Instant updatedAt) {
    public static RefundView of(Refund r) {
        return new RefundView(r.id(), r.paymentId(), r.appointmentId(), new Money(r.amount(), r.currency()), r.status(),
                r.origin(), r.stripeRefundId(), r.requestedBy(), r.approvedBy(), r.createdAt(), r.updatedAt());
    }
}
