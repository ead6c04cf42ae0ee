package com.regimen.web.api;

import com.regimen.core.booking.CancellationFee;
import com.regimen.core.booking.CancellationPolicy;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A tenant's cancellation policy, as read and as sent to change it. */
public record CancellationPolicyView(
        @NotNull @Min(0) @Max(CancellationPolicy.MAX_FREE_CANCELLATION_HOURS) Integer freeCancellationHours,
        @NotNull CancellationFee lateCancelFee,
        @Schema(nullable = true, description = "1 to 100; only with PERCENT_OF_PRICE") Integer lateCancelFeePercent,
        @NotNull CancellationFee noShowFee,
        @Schema(nullable = true, description = "1 to 100; only with PERCENT_OF_PRICE") Integer noShowFeePercent) {

    public static CancellationPolicyView of(CancellationPolicy policy) {
        return new CancellationPolicyView(policy.freeCancellationHours(), policy.lateCancelFee(),
                policy.lateCancelFeePercent(), policy.noShowFee(), policy.noShowFeePercent());
    }

    public CancellationPolicy toPolicy() {
        return new CancellationPolicy(freeCancellationHours, lateCancelFee, lateCancelFeePercent, noShowFee,
                noShowFeePercent);
    }
}
