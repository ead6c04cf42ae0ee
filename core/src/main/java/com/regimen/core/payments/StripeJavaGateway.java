package com.regimen.core.payments;

import com.regimen.core.errors.DomainException;
import com.regimen.core.errors.ErrorKind;
import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.CardException;
import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.model.StripeCollection;
import com.stripe.model.SetupIntent;
import com.stripe.param.CustomerCreateParams;
import com.stripe.param.SetupIntentCreateParams;
import com.stripe.net.RequestOptions;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.RefundListParams;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The gateway on stripe-java. {@code apiBase} is Stripe's unless tests or a regional proxy say
 * otherwise. stripe-java retries network failures and 5xx itself, with the same idempotency key.
 */
public final class StripeJavaGateway implements StripeGateway {
    private final StripeClient client;

    public StripeJavaGateway(String secretKey, String apiBase) {
        this.client = client(secretKey, apiBase);
    }

    /** The one way Regimen builds a Stripe client: the same retries and timeouts for every Stripe API it uses. */
    public static StripeClient client(String secretKey, String apiBase) {
        StripeClient.StripeClientBuilder builder = StripeClient.builder().setApiKey(secretKey).setMaxNetworkRetries(2)
                .setConnectTimeout(5_000).setReadTimeout(20_000);
        if (apiBase != null && !apiBase.isBlank()) {
            builder.setApiBase(apiBase);
        }
        return builder.build();
    }

    @Override
    public Intent createPaymentIntent(String account, long amount, String currency, long applicationFee,
                                      Map<String, String> metadata, CardOnFile cardOnFile, String idempotencyKey) {
        PaymentIntentCreateParams.AutomaticPaymentMethods.Builder methods =
                PaymentIntentCreateParams.AutomaticPaymentMethods.builder().setEnabled(true);
        PaymentIntentCreateParams.Builder params = PaymentIntentCreateParams.builder()
                .setAmount(amount)
                .setCurrency(currency.toLowerCase(Locale.ROOT))
                .putAllMetadata(metadata);
        if (cardOnFile != null) {
            // Charged now, without the patient: no redirect-based method can be used.
            params.setCustomer(cardOnFile.customerId()).setPaymentMethod(cardOnFile.paymentMethodId())
                    .setOffSession(true).setConfirm(true);
            methods.setAllowRedirects(PaymentIntentCreateParams.AutomaticPaymentMethods.AllowRedirects.NEVER);
        }
        params.setAutomaticPaymentMethods(methods.build());
        if (applicationFee > 0) {
            params.setApplicationFeeAmount(applicationFee);
        }
        try {
            PaymentIntent intent = client.v1().paymentIntents().create(params.build(), options(account, idempotencyKey));
            return new Intent(intent.getId(), intent.getStatus(), intent.getClientSecret());
        } catch (StripeException e) {
            throw translate(e);
        }
    }

    @Override
    public Intent createCardPresentIntent(String account, long amount, String currency, long applicationFee,
                                          Map<String, String> metadata, String idempotencyKey) {
        PaymentIntentCreateParams.Builder params = PaymentIntentCreateParams.builder()
                .setAmount(amount)
                .setCurrency(currency.toLowerCase(Locale.ROOT))
                .addPaymentMethodType("card_present")
                .setCaptureMethod(PaymentIntentCreateParams.CaptureMethod.AUTOMATIC)
                .putAllMetadata(metadata);
        if (applicationFee > 0) {
            params.setApplicationFeeAmount(applicationFee);
        }
        try {
            PaymentIntent intent = client.v1().paymentIntents().create(params.build(), options(account, idempotencyKey));
            return new Intent(intent.getId(), intent.getStatus(), null);
        } catch (StripeException e) {
            throw translate(e);
        }
    }

    @Override
    public Intent cancelPaymentIntent(String account, String intentId) {
        try {
            PaymentIntent intent = client.v1().paymentIntents().cancel(intentId,
                    com.stripe.param.PaymentIntentCancelParams.builder().build(), options(account, null));
            return new Intent(intent.getId(), intent.getStatus(), null);
        } catch (StripeException e) {
            throw translate(e);
        }
    }

    @Override
    public String createCustomer(String account, Map<String, String> metadata, String idempotencyKey) {
        try {
            return client.v1().customers().create(CustomerCreateParams.builder().putAllMetadata(metadata).build(),
                    options(account, idempotencyKey)).getId();
        } catch (StripeException e) {
            throw translate(e);
        }
    }

    @Override
    public Intent createSetupIntent(String account, String customerId, Map<String, String> metadata,
                                    String idempotencyKey) {
        SetupIntentCreateParams params = SetupIntentCreateParams.builder().setCustomer(customerId)
                .setUsage(SetupIntentCreateParams.Usage.OFF_SESSION).putAllMetadata(metadata).build();
        try {
            SetupIntent intent = client.v1().setupIntents().create(params, options(account, idempotencyKey));
            return new Intent(intent.getId(), intent.getStatus(), intent.getClientSecret());
        } catch (StripeException e) {
            throw translate(e);
        }
    }

    @Override
    public Intent retrievePaymentIntent(String account, String intentId) {
        try {
            PaymentIntent intent = client.v1().paymentIntents().retrieve(intentId, options(account, null));
            return new Intent(intent.getId(), intent.getStatus(), null);
        } catch (StripeException e) {
            throw translate(e);
        }
    }

    @Override
    public RefundResult refund(String account, String intentId, long amount, Map<String, String> metadata,
                               String idempotencyKey) {
        RefundCreateParams params = RefundCreateParams.builder().setPaymentIntent(intentId).setAmount(amount)
                .putAllMetadata(metadata).build();
        try {
            return result(client.v1().refunds().create(params, options(account, idempotencyKey)));
        } catch (StripeException e) {
            throw translate(e);
        }
    }

    @Override
    public List<RefundResult> listRefunds(String account, String intentId) {
        List<RefundResult> all = new ArrayList<>();
        String after = null;
        try {
            // Paged by hand: each page must carry the connected account again.
            while (true) {
                RefundListParams.Builder params = RefundListParams.builder().setPaymentIntent(intentId).setLimit(100L);
                if (after != null) {
                    params.setStartingAfter(after);
                }
                StripeCollection<Refund> page = client.v1().refunds().list(params.build(), options(account, null));
                page.getData().forEach(refund -> all.add(result(refund)));
                if (!Boolean.TRUE.equals(page.getHasMore()) || page.getData().isEmpty()) {
                    return all;
                }
                after = page.getData().get(page.getData().size() - 1).getId();
            }
        } catch (StripeException e) {
            throw translate(e);
        }
    }

    private static RefundResult result(Refund refund) {
        return new RefundResult(refund.getId(), refund.getStatus(), refund.getAmount() == null ? 0 : refund.getAmount(),
                refund.getMetadata() == null ? null : refund.getMetadata().get("regimen_refund"));
    }

    public static RequestOptions options(String account, String idempotencyKey) {
        RequestOptions.RequestOptionsBuilder options = RequestOptions.builder();
        if (account != null) {
            options.setStripeAccount(account); // null: the platform's own account (live tests)
        }
        if (idempotencyKey != null) {
            options.setIdempotencyKey(idempotencyKey);
        }
        return options.build();
    }

    /** Stripe's refusals as ours; its messages about cards are meant for people, so they pass through. */
    public static DomainException translate(StripeException e) {
        if (e instanceof CardException card) {
            return new DomainException(ErrorKind.UNPROCESSABLE, "CARD_DECLINED", card.getMessage(), List.of(),
                    Map.of("declineCode", card.getDeclineCode() == null ? "" : card.getDeclineCode()));
        }
        if (e instanceof ApiConnectionException || e.getStatusCode() == null || e.getStatusCode() >= 500) {
            return new DomainException(ErrorKind.UNAVAILABLE, "PAYMENT_PROVIDER_UNAVAILABLE",
                    "Stripe could not be reached. Nothing was charged twice: retry with the same Idempotency-Key.");
        }
        return new DomainException(ErrorKind.UNPROCESSABLE, "PAYMENT_REFUSED",
                "Stripe refused the request (" + e.getCode() + ").");
    }
}
