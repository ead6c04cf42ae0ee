package com.regimen.web.api;

import com.regimen.core.payments.OnboardingState;
import com.regimen.core.payments.StripeOnboarding;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/** The clinic chain's Stripe Connect account as its owner sees it in settings. */
public record StripeConnectView(OnboardingState state,
                                @Schema(nullable = true, description = "null until onboarding starts")
                                String stripeAccountId,
                                boolean chargesEnabled, boolean detailsSubmitted, boolean cardPaymentsEnabled) {
    public static StripeConnectView of(StripeOnboarding.Status s) {
        return new StripeConnectView(s.state(), s.stripeAccountId(), s.chargesEnabled(), s.detailsSubmitted(),
                s.cardPaymentsEnabled());
    }

    /** Where to send the owner: Stripe's hosted onboarding, single use, for a few minutes. */
    public record Link(String stripeAccountId, String url,
                       @Schema(nullable = true) Instant expiresAt) {
        public static Link of(StripeOnboarding.Link l) {
            return new Link(l.stripeAccountId(), l.url(), l.expiresAt());
        }
    }
}
