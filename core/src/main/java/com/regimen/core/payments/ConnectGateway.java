package com.regimen.core.payments;

import java.time.Instant;
import java.util.Map;

/** What Regimen asks of Stripe Connect: the platform makes each clinic chain's account and its onboarding links. */
public interface ConnectGateway {

    /** A single-use address of Stripe-hosted onboarding for one account. */
    record AccountLink(String url, Instant expiresAt) {
    }

    /** Creates a connected account owned by the platform; the same key answers with the same account. */
    String createAccount(Map<String, String> metadata, String idempotencyKey);

    AccountLink createAccountLink(String account, String refreshUrl, String returnUrl);
}
