package com.regimen.core.payments;

import com.regimen.core.audit.AuditTrail;
import com.regimen.core.errors.DomainException;
import com.regimen.core.errors.ErrorKind;
import com.regimen.core.identity.ActorType;
import com.regimen.core.identity.StaffIdentity;
import com.regimen.core.ids.Ids;
import com.stripe.model.Account;
import com.stripe.model.Event;
import com.stripe.model.StripeObject;
import org.jdbi.v3.core.Jdbi;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Stripe Connect onboarding. The platform creates the clinic chain's connected account and hands the
 * owner a Stripe-hosted onboarding link; the account becomes the chain's card account only when
 * Stripe says charges are enabled on it (a signed {@code account.updated}). No one can name an
 * account: an account id typed by a tenant is refused, so no tenant can take another's account,
 * receive its events, or learn whether an id is in use.
 */
public final class StripeOnboarding implements StripeEventHandler {
    private final Jdbi jdbi;
    private final Clock clock;
    private final ConnectGateway connect;
    private final AuditTrail audit;

    /** @param connect null when no Stripe key is configured: onboarding then answers 503 */
    public StripeOnboarding(Jdbi jdbi, Clock clock, ConnectGateway connect, AuditTrail audit) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.connect = connect;
        this.audit = audit;
    }

    /** The owner's view: the state, the account (once made) and what Stripe last said of it. */
    public record Status(OnboardingState state, String stripeAccountId, boolean chargesEnabled,
                         boolean detailsSubmitted, boolean cardPaymentsEnabled) {
    }

    /** Where the owner goes next: Stripe's hosted onboarding for the chain's account. */
    public record Link(String stripeAccountId, String url, Instant expiresAt) {
    }

    public Status status(StaffIdentity reader) {
        return jdbi.withHandle(handle -> {
            Optional<ConnectAccount> made = handle.attach(ConnectAccountDao.class).find(reader.tenantId());
            Optional<String> connected = handle.attach(PaymentDao.class).stripeAccount(reader.tenantId());
            String account = made.map(ConnectAccount::stripeAccountId).orElse(connected.orElse(null));
            boolean charges = made.map(ConnectAccount::chargesEnabled).orElse(connected.isPresent());
            boolean details = made.map(ConnectAccount::detailsSubmitted).orElse(connected.isPresent());
            OnboardingState state;
            if (account == null) {
                state = OnboardingState.NOT_STARTED;
            } else if (charges && connected.isPresent()) {
                state = OnboardingState.CONNECTED;
            } else {
                state = connected.isPresent() ? OnboardingState.RESTRICTED : OnboardingState.ONBOARDING;
            }
            return new Status(state, account, charges, details,
                    connect != null && connected.isPresent() && charges);
        });
    }

    /**
     * Makes the chain's account on first use (a retry after a lost answer sends the same idempotency
     * key, so Stripe answers with the same account) and a fresh onboarding link for it.
     */
    public Link start(StaffIdentity owner, String returnUrl, String refreshUrl) {
        checkUrl("returnUrl", returnUrl);
        checkUrl("refreshUrl", refreshUrl);
        if (connect == null) {
            throw new DomainException(ErrorKind.UNAVAILABLE, "PAYMENTS_NOT_CONFIGURED",
                    "Card payments are not configured on this server (no STRIPE_SECRET_KEY).");
        }
        String tenantId = owner.tenantId();
        ConnectAccount row = jdbi.inTransaction(handle -> {
            ConnectAccountDao dao = handle.attach(ConnectAccountDao.class);
            dao.start(tenantId, Ids.newId(), clock.instant());
            return dao.lock(tenantId).orElseThrow();
        });
        String account = row.stripeAccountId();
        if (account == null) {
            String made = connect.createAccount(Map.of("regimen_tenant", tenantId), row.idempotencyKey());
            jdbi.useTransaction(handle -> {
                if (handle.attach(ConnectAccountDao.class).created(tenantId, made, clock.instant()) == 0) {
                    return; // a concurrent start stored it first; the same key made it the same account
                }
                StripeAccountRouteDao routes = handle.attach(StripeAccountRouteDao.class);
                routes.claim(made, tenantId, clock.instant());
                if (!routes.tenantOf(made).orElseThrow().equals(tenantId)) {
                    // Stripe made this account for us just now: another tenant holding it is corrupt data.
                    throw new IllegalStateException("Stripe account " + made + " is routed to another tenant");
                }
                audit.record(handle, owner, "stripe_connect.account_created", "tenant", tenantId,
                        Map.of("stripeAccountId", made));
            });
            account = jdbi.withExtension(ConnectAccountDao.class, dao -> dao.find(tenantId)).orElseThrow()
                    .stripeAccountId();
        }
        ConnectGateway.AccountLink link = connect.createAccountLink(account, refreshUrl, returnUrl);
        return new Link(account, link.url(), link.expiresAt());
    }

    /** The old way, an account id typed by the owner, is refused whatever the id. */
    public static void refuseTypedAccount() {
        throw new DomainException(ErrorKind.UNPROCESSABLE, "STRIPE_ACCOUNT_ID_NOT_ACCEPTED",
                "A Stripe account id cannot be typed in. Start Stripe's onboarding with "
                        + "POST /v1/stripe-connect/onboarding-link; the account is connected when Stripe enables charges.");
    }

    /**
     * {@code account.updated} for an account the platform made for a tenant. Events come late and in
     * any order: only news newer than the last applied moves the state.
     */
    @Override
    public StripeWebhooks.Outcome receive(Event event, StripeObject data) {
        if (!(data instanceof Account account) || !"account.updated".equals(event.getType())
                || account.getId() == null) {
            return null;
        }
        if (event.getAccount() != null && !event.getAccount().equals(account.getId())) {
            return StripeWebhooks.Outcome.IGNORED;
        }
        String tenantId = tenantOf(account).orElse(null);
        if (tenantId == null) {
            return StripeWebhooks.Outcome.IGNORED;
        }
        boolean charges = Boolean.TRUE.equals(account.getChargesEnabled());
        boolean details = Boolean.TRUE.equals(account.getDetailsSubmitted());
        long created = event.getCreated() == null ? 0 : event.getCreated();
        return jdbi.inTransaction(handle -> {
            if (handle.attach(PaymentDao.class).recordEvent(tenantId, event.getId(), event.getType(),
                    clock.instant()) == 0) {
                return StripeWebhooks.Outcome.DUPLICATE;
            }
            ConnectAccountDao dao = handle.attach(ConnectAccountDao.class);
            ConnectAccount row = dao.lock(tenantId).orElseThrow();
            if (row.lastEventCreated() != null && created < row.lastEventCreated()) {
                return StripeWebhooks.Outcome.IGNORED; // older news than what we hold
            }
            dao.updated(tenantId, account.getId(), charges, details, created, clock.instant());
            PaymentDao payments = handle.attach(PaymentDao.class);
            if (charges && !payments.stripeAccount(tenantId).filter(account.getId()::equals).isPresent()) {
                payments.setStripeAccount(tenantId, account.getId(), clock.instant());
                audit.record(handle, tenantId, ActorType.SYSTEM, "stripe", "stripe_connect.connected", "tenant",
                        tenantId, Map.of("stripeAccountId", account.getId()));
            }
            if (row.chargesEnabled() != charges) {
                audit.record(handle, tenantId, ActorType.SYSTEM, "stripe", "stripe_connect.charges_changed",
                        "tenant", tenantId, Map.of("stripeAccountId", account.getId(), "chargesEnabled", charges));
            }
            return StripeWebhooks.Outcome.APPLIED;
        });
    }

    /** The tenant the platform made this account for: the route, the stored account and our metadata agree. */
    private Optional<String> tenantOf(Account account) {
        String claimed = account.getMetadata() == null ? null : account.getMetadata().get("regimen_tenant");
        return jdbi.withHandle(handle -> handle.attach(StripeAccountRouteDao.class).tenantOf(account.getId())
                .filter(tenant -> claimed == null || claimed.equals(tenant))
                .filter(tenant -> handle.attach(ConnectAccountDao.class).find(tenant)
                        .map(made -> account.getId().equals(made.stripeAccountId())).orElse(false)));
    }

    private static void checkUrl(String field, String url) {
        if (url == null || url.isBlank()) {
            throw DomainException.invalid(field, "is required: where Stripe sends the owner back");
        }
        try {
            URI uri = new URI(url);
            if (url.length() > 2000 || uri.getHost() == null
                    || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
                throw DomainException.invalid(field, "must be an absolute http(s) address");
            }
        } catch (java.net.URISyntaxException e) {
            throw DomainException.invalid(field, "must be an absolute http(s) address");
        }
    }
}
