package com.regimen.core.terminal;

import com.regimen.core.audit.AuditTrail;
import com.regimen.core.errors.DomainException;
import com.regimen.core.errors.ErrorKind;
import com.regimen.core.identity.StaffIdentity;
import com.regimen.core.ids.Ids;
import com.regimen.core.payments.PaymentDao;
import com.regimen.core.scheduling.LocationDao;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The clinic chain's card readers: each clinic location gets one Stripe Terminal Location, readers
 * are registered there by the code they show, listed with their live status, and named by the desk.
 * Every reader lives on the chain's connected account.
 */
public final class Readers {
    static final int MAX_LABEL = 100;
    private static final Set<String> COUNTRIES = Set.of(java.util.Locale.getISOCountries());

    private final Jdbi jdbi;
    private final Clock clock;
    private final TerminalGateway terminal;
    private final AuditTrail audit;

    /** @param terminal null without a Stripe key: readers then answer 503 */
    public Readers(Jdbi jdbi, Clock clock, TerminalGateway terminal, AuditTrail audit) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.terminal = terminal;
        this.audit = audit;
    }

    /** A reader with what Stripe says of it now; {@code status} is null when Stripe could not be asked. */
    public record ListedReader(TerminalReader reader, String status) {
    }

    /**
     * Makes the location's Terminal Location once (a retry sends the same idempotency key) and answers
     * it; the address is Stripe's requirement for readers' regulatory settings.
     */
    public TerminalLocation setUpLocation(StaffIdentity actor, String locationId, TerminalAddress address) {
        checkAddress(address);
        // Another chain's location is 404 before anything about this server's card set-up is said.
        String name = jdbi.withExtension(LocationDao.class, dao -> dao.find(actor.tenantId(), locationId))
                .orElseThrow(() -> DomainException.notFound("Location")).name();
        String account = account(actor.tenantId());
        TerminalLocation row = jdbi.inTransaction(handle -> {
            TerminalDao dao = handle.attach(TerminalDao.class);
            dao.startLocation(actor.tenantId(), locationId, Ids.newId(), clock.instant());
            return dao.location(actor.tenantId(), locationId).orElseThrow();
        });
        if (row.stripeLocationId() != null) {
            return row;
        }
        String made = terminal.createLocation(account, name, address, row.idempotencyKey());
        jdbi.useTransaction(handle -> {
            if (handle.attach(TerminalDao.class).locationCreated(actor.tenantId(), locationId, made, clock.instant()) > 0) {
                audit.record(handle, actor, "terminal.location_created", "location", locationId,
                        Map.of("stripeLocationId", made));
            }
        });
        return jdbi.withExtension(TerminalDao.class, dao -> dao.location(actor.tenantId(), locationId)).orElseThrow();
    }

    /** Registers the reader showing {@code registrationCode} at a location whose Terminal Location is set up. */
    public TerminalReader register(StaffIdentity actor, String locationId, String registrationCode, String label) {
        String name = checkLabel(label);
        if (registrationCode == null || registrationCode.isBlank() || registrationCode.length() > 100) {
            throw DomainException.invalid("registrationCode", "is required: the code the reader shows (1 to 100 characters)");
        }
        String account = account(actor.tenantId());
        TerminalLocation location = jdbi.withExtension(TerminalDao.class,
                dao -> dao.location(actor.tenantId(), locationId)).filter(l -> l.stripeLocationId() != null)
                .orElse(null);
        if (location == null) {
            jdbi.withExtension(LocationDao.class, dao -> dao.find(actor.tenantId(), locationId))
                    .orElseThrow(() -> DomainException.notFound("Location"));
            throw new DomainException(ErrorKind.CONFLICT, "TERMINAL_LOCATION_MISSING", "Set up this location for "
                    + "readers first: PUT /v1/terminal/locations/" + locationId + " with its address.");
        }
        String id = Ids.newId();
        StripeReader made = terminal.registerReader(account, registrationCode.trim(), name, location.stripeLocationId(),
                Map.of("regimen_tenant", actor.tenantId(), "regimen_reader", id), id);
        Instant now = clock.instant();
        return jdbi.inTransaction(handle -> {
            TerminalDao dao = handle.attach(TerminalDao.class);
            var known = dao.readerByStripeId(actor.tenantId(), made.id());
            if (known.isPresent()) {
                return known.get(); // registered before (a code entered twice): one reader
            }
            TerminalReader reader = new TerminalReader(id, locationId, made.id(), name, made.deviceType(),
                    made.serialNumber(), actor.actorId(), now, now);
            dao.insertReader(actor.tenantId(), reader);
            audit.record(handle, actor, "terminal.reader_registered", "location", locationId,
                    Map.of("readerId", id, "label", name));
            return reader;
        });
    }

    /** The readers (of one location, or all), each with Stripe's live status. */
    public List<ListedReader> list(StaffIdentity reader, String locationId) {
        List<TerminalReader> readers = jdbi.withExtension(TerminalDao.class,
                dao -> dao.readers(reader.tenantId(), locationId));
        Map<String, String> status = new HashMap<>();
        String account = terminal == null ? null
                : jdbi.withExtension(PaymentDao.class, dao -> dao.stripeAccount(reader.tenantId())).orElse(null);
        if (account != null) {
            for (String location : readers.stream().map(TerminalReader::locationId).distinct().toList()) {
                jdbi.withExtension(TerminalDao.class, dao -> dao.location(reader.tenantId(), location))
                        .map(TerminalLocation::stripeLocationId).ifPresent(stripeLocation -> {
                            try {
                                terminal.listReaders(account, stripeLocation)
                                        .forEach(r -> status.put(r.id(), r.status()));
                            } catch (DomainException unreachable) {
                                // The list still answers, without live status: the desk sees "unknown".
                            }
                        });
            }
        }
        return readers.stream().map(r -> new ListedReader(r, status.get(r.stripeReaderId()))).toList();
    }

    public TerminalReader get(StaffIdentity reader, String readerId) {
        return jdbi.withExtension(TerminalDao.class, dao -> dao.reader(reader.tenantId(), readerId))
                .orElseThrow(() -> DomainException.notFound("Reader"));
    }

    public TerminalReader rename(StaffIdentity actor, String readerId, String label) {
        String name = checkLabel(label);
        TerminalReader reader = get(actor, readerId);
        terminal().relabel(account(actor.tenantId()), reader.stripeReaderId(), name);
        jdbi.useTransaction(handle -> {
            handle.attach(TerminalDao.class).relabel(actor.tenantId(), readerId, name, clock.instant());
            audit.record(handle, actor, "terminal.reader_renamed", "location", reader.locationId(),
                    Map.of("readerId", readerId, "label", name));
        });
        return get(actor, readerId);
    }

    private TerminalGateway terminal() {
        if (terminal == null) {
            throw new DomainException(ErrorKind.UNAVAILABLE, "PAYMENTS_NOT_CONFIGURED",
                    "Card payments are not configured on this server (no STRIPE_SECRET_KEY).");
        }
        return terminal;
    }

    /** The connected account readers live on. */
    String account(String tenantId) {
        terminal();
        return jdbi.withExtension(PaymentDao.class, dao -> dao.stripeAccount(tenantId))
                .orElseThrow(() -> new DomainException(ErrorKind.UNPROCESSABLE, "STRIPE_ACCOUNT_MISSING",
                        "Connect this clinic chain's Stripe account first: POST /v1/stripe-connect/onboarding-link."));
    }

    private static String checkLabel(String label) {
        if (label == null || label.isBlank() || label.strip().length() > MAX_LABEL) {
            throw DomainException.invalid("label", "is required: a name the desk knows it by, like \"Front desk 1\" "
                    + "(at most " + MAX_LABEL + " characters)");
        }
        return label.strip();
    }

    private static void checkAddress(TerminalAddress address) {
        if (address == null) {
            throw DomainException.invalid("address", "is required");
        }
        if (address.line1() == null || address.line1().isBlank() || address.line1().length() > 200) {
            throw DomainException.invalid("line1", "is required (at most 200 characters)");
        }
        if (address.city() == null || address.city().isBlank() || address.city().length() > 100) {
            throw DomainException.invalid("city", "is required (at most 100 characters)");
        }
        if (address.country() == null || !COUNTRIES.contains(address.country())) {
            throw DomainException.invalid("country", "must be an ISO 3166 country code like SA or AE");
        }
        if (address.postalCode() != null && address.postalCode().length() > 20) {
            throw DomainException.invalid("postalCode", "is at most 20 characters");
        }
    }
}
