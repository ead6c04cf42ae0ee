package com.regimen.core.terminal;

import com.regimen.core.errors.DomainException;
import com.regimen.core.errors.ErrorKind;
import com.regimen.core.payments.StripeJavaGateway;
import com.stripe.StripeClient;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.StripeException;
import com.stripe.model.Charge;
import com.stripe.model.PaymentIntent;
import com.stripe.model.StripeCollection;
import com.stripe.model.terminal.Reader;
import com.stripe.param.PaymentIntentRetrieveParams;
import com.stripe.param.terminal.LocationCreateParams;
import com.stripe.param.terminal.ReaderCreateParams;
import com.stripe.param.terminal.ReaderListParams;
import com.stripe.param.terminal.ReaderProcessPaymentIntentParams;
import com.stripe.param.terminal.ReaderUpdateParams;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Stripe Terminal's server-driven API on stripe-java. */
public final class StripeJavaTerminal implements TerminalGateway {
    /** Stripe's answers that mean the reader cannot take this action now (offline, busy, timed out). */
    private static final Set<String> READER_UNAVAILABLE = Set.of("terminal_reader_offline", "terminal_reader_busy",
            "terminal_reader_timeout", "terminal_reader_hardware_fault");

    private final StripeClient client;

    public StripeJavaTerminal(StripeClient client) {
        this.client = client;
    }

    @Override
    public String createLocation(String account, String displayName, TerminalAddress address, String idempotencyKey) {
        LocationCreateParams.Address.Builder where = LocationCreateParams.Address.builder().setLine1(address.line1())
                .setCity(address.city()).setCountry(address.country());
        if (address.postalCode() != null) {
            where.setPostalCode(address.postalCode());
        }
        LocationCreateParams params = LocationCreateParams.builder().setDisplayName(displayName)
                .setAddress(where.build()).build();
        try {
            return client.v1().terminal().locations().create(params,
                    StripeJavaGateway.options(account, idempotencyKey)).getId();
        } catch (StripeException e) {
            throw StripeJavaGateway.translate(e);
        }
    }

    @Override
    public StripeReader registerReader(String account, String registrationCode, String label, String stripeLocationId,
                                       Map<String, String> metadata, String idempotencyKey) {
        ReaderCreateParams params = ReaderCreateParams.builder().setRegistrationCode(registrationCode).setLabel(label)
                .setLocation(stripeLocationId).putAllMetadata(metadata).build();
        try {
            return reader(client.v1().terminal().readers().create(params,
                    StripeJavaGateway.options(account, idempotencyKey)));
        } catch (InvalidRequestException e) {
            throw new DomainException(ErrorKind.UNPROCESSABLE, "READER_REGISTRATION_REFUSED",
                    "Stripe did not accept that registration code (" + e.getCode() + "): check the code the reader "
                            + "shows and that it is not registered elsewhere.");
        } catch (StripeException e) {
            throw StripeJavaGateway.translate(e);
        }
    }

    @Override
    public List<StripeReader> listReaders(String account, String stripeLocationId) {
        List<StripeReader> all = new ArrayList<>();
        String after = null;
        try {
            while (true) { // paged by hand: each page must carry the connected account again
                ReaderListParams.Builder params = ReaderListParams.builder().setLocation(stripeLocationId).setLimit(100L);
                if (after != null) {
                    params.setStartingAfter(after);
                }
                StripeCollection<Reader> page = client.v1().terminal().readers().list(params.build(),
                        StripeJavaGateway.options(account, null));
                page.getData().forEach(r -> all.add(reader(r)));
                if (!Boolean.TRUE.equals(page.getHasMore()) || page.getData().isEmpty()) {
                    return all;
                }
                after = page.getData().get(page.getData().size() - 1).getId();
            }
        } catch (StripeException e) {
            throw StripeJavaGateway.translate(e);
        }
    }

    @Override
    public StripeReader retrieveReader(String account, String readerId) {
        try {
            return reader(client.v1().terminal().readers().retrieve(readerId, StripeJavaGateway.options(account, null)));
        } catch (StripeException e) {
            throw StripeJavaGateway.translate(e);
        }
    }

    @Override
    public StripeReader relabel(String account, String readerId, String label) {
        try {
            return reader(client.v1().terminal().readers().update(readerId,
                    ReaderUpdateParams.builder().setLabel(label).build(), StripeJavaGateway.options(account, null)));
        } catch (StripeException e) {
            throw StripeJavaGateway.translate(e);
        }
    }

    @Override
    public StripeReader processPaymentIntent(String account, String readerId, String paymentIntentId,
                                             String idempotencyKey) {
        try {
            return reader(client.v1().terminal().readers().processPaymentIntent(readerId,
                    ReaderProcessPaymentIntentParams.builder().setPaymentIntent(paymentIntentId).build(),
                    StripeJavaGateway.options(account, idempotencyKey)));
        } catch (InvalidRequestException e) {
            throw unavailableReader(e);
        } catch (StripeException e) {
            throw StripeJavaGateway.translate(e);
        }
    }

    @Override
    public StripeReader cancelAction(String account, String readerId) {
        try {
            return reader(client.v1().terminal().readers().cancelAction(readerId,
                    StripeJavaGateway.options(account, null)));
        } catch (InvalidRequestException e) {
            throw unavailableReader(e);
        } catch (StripeException e) {
            throw StripeJavaGateway.translate(e);
        }
    }

    @Override
    public Optional<CardRead> cardRead(String account, String paymentIntentId) {
        try {
            PaymentIntent intent = client.v1().paymentIntents().retrieve(paymentIntentId,
                    PaymentIntentRetrieveParams.builder().addExpand("latest_charge").build(),
                    StripeJavaGateway.options(account, null));
            Charge charge = intent.getLatestChargeObject();
            if (charge == null || charge.getPaymentMethodDetails() == null
                    || charge.getPaymentMethodDetails().getCardPresent() == null) {
                return Optional.empty();
            }
            Charge.PaymentMethodDetails.CardPresent card = charge.getPaymentMethodDetails().getCardPresent();
            return Optional.of(new CardRead(card.getBrand(), card.getLast4(), card.getReadMethod()));
        } catch (StripeException e) {
            throw StripeJavaGateway.translate(e);
        }
    }

    private static DomainException unavailableReader(InvalidRequestException e) {
        if (READER_UNAVAILABLE.contains(e.getCode())) {
            return new DomainException(ErrorKind.CONFLICT, "READER_UNAVAILABLE", "The reader cannot take this now ("
                    + e.getCode() + "): check that it is on, online and not serving another payment.", List.of(),
                    Map.of("stripeCode", e.getCode()));
        }
        return StripeJavaGateway.translate(e);
    }

    static StripeReader reader(Reader r) {
        ReaderAction action = null;
        if (r.getAction() != null && r.getAction().getProcessPaymentIntent() != null) {
            action = new ReaderAction(r.getAction().getProcessPaymentIntent().getPaymentIntent(),
                    r.getAction().getStatus(), r.getAction().getFailureCode(), r.getAction().getFailureMessage());
        }
        return new StripeReader(r.getId(), r.getLabel(), r.getDeviceType(), r.getSerialNumber(), r.getStatus(), action);
    }
}
