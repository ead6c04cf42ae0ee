package com.regimen.core.payments;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.param.AccountCreateParams;
import com.stripe.param.AccountLinkCreateParams;

import java.time.Instant;
import java.util.Map;

/**
 * Connect on stripe-java. Accounts are Express: Stripe hosts onboarding and verification, the
 * platform creates the account, so no clinic chain can name an account it does not own.
 */
public final class StripeJavaConnect implements ConnectGateway {
    private final StripeClient client;

    public StripeJavaConnect(StripeClient client) {
        this.client = client;
    }

    @Override
    public String createAccount(Map<String, String> metadata, String idempotencyKey) {
        AccountCreateParams params = AccountCreateParams.builder().setType(AccountCreateParams.Type.EXPRESS)
                .setCapabilities(AccountCreateParams.Capabilities.builder()
                        .setCardPayments(AccountCreateParams.Capabilities.CardPayments.builder()
                                .setRequested(true).build())
                        .setTransfers(AccountCreateParams.Capabilities.Transfers.builder().setRequested(true).build())
                        .build())
                .putAllMetadata(metadata).build();
        try {
            return client.v1().accounts().create(params, StripeJavaGateway.options(null, idempotencyKey)).getId();
        } catch (StripeException e) {
            throw StripeJavaGateway.translate(e);
        }
    }

    @Override
    public AccountLink createAccountLink(String account, String refreshUrl, String returnUrl) {
        AccountLinkCreateParams params = AccountLinkCreateParams.builder().setAccount(account)
                .setRefreshUrl(refreshUrl).setReturnUrl(returnUrl)
                .setType(AccountLinkCreateParams.Type.ACCOUNT_ONBOARDING).build();
        try {
            com.stripe.model.AccountLink link = client.v1().accountLinks().create(params,
                    StripeJavaGateway.options(null, null));
            return new AccountLink(link.getUrl(), link.getExpiresAt() == null ? null
                    : Instant.ofEpochSecond(link.getExpiresAt()));
        } catch (StripeException e) {
            throw StripeJavaGateway.translate(e);
        }
    }
}
