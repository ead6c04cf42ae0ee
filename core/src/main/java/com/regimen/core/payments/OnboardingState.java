package com.regimen.core.payments;

/** Where a clinic chain stands with Stripe Connect, as its owner sees it. */
public enum OnboardingState {
    /** No account made yet: the owner starts onboarding. */
    NOT_STARTED,
    /** The platform made the account; Stripe has not (yet) enabled charges on it. */
    ONBOARDING,
    /** Stripe enabled charges: card payments go to this account. */
    CONNECTED,
    /** Connected once, but Stripe has since disabled charges (it needs more from the owner). */
    RESTRICTED
}
