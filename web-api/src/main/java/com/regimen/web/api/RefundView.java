package com.regimen.web.api;

import com.regimen.core.payments.Refund;
import com.regimen.core.payments.RefundOrigin;
import com.regimen.core.payments.RefundStatus;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

public record RefundView(String id, String paymentId, String appointmentId, Money amount, RefundStatus status,
                         RefundOrigin origin, @Schema(nullable = true) String stripeRefundId,
                         @Schema(nullable = true) String requestedBy, @Schema(nullable = true) String approvedBy,
                         Instant createdAt, @Schema(nullable = true) Instant updatedAt) {
    public static RefundView of(Refund r) {
        return new RefundView(r.id(), r.paymentId(), r.appointmentId(), new Money(r.amount(), r.currency()), r.status(),
                r.origin(), r.stripeRefundId(), r.requestedBy(), r.approvedBy(), r.createdAt(), r.updatedAt());
    }
}
