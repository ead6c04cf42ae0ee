package com.regimen.web.api;

import com.regimen.core.booking.CancellationTerms;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/** What cancelling now, or a no-show, would keep: asked by the desk before it confirms either. */
@Schema(description = "The cancellation policy applied to one appointment at `at`")
public record CancellationTermsView(
        @Schema(description = "when these terms were read") Instant at,
        @Schema(description = "the last instant a cancellation costs nothing") Instant freeUntil,
        @Schema(description = "what cancelling now keeps as the fee (0 before freeUntil)") Money cancellationFeeNow,
        @Schema(description = "what a no-show keeps as the fee") Money noShowFee) {

    public static CancellationTermsView of(CancellationTerms terms) {
        return new CancellationTermsView(terms.at(), terms.freeUntil(),
                new Money(terms.cancellationFeeNow(), terms.currency()), new Money(terms.noShowFee(), terms.currency()));
    }
}
