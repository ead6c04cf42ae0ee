package com.regimen.core.invoicing;

import com.fasterxml.jackson.core.type.TypeReference;
import com.regimen.core.audit.AuditTrail;
import com.regimen.core.errors.DomainException;
import com.regimen.core.errors.ErrorKind;
import com.regimen.core.ids.Ids;
import com.regimen.core.json.JsonColumns;
import com.regimen.core.identity.StaffIdentity;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Closing a location's business day: the day book says what the drawer should hold, the front desk
 * says what it counted, the difference is the variance. Once closed, no cash can be taken or
 * handed back on that day ({@link Bookkeeping} refuses it: 409 DAY_CLOSED).
 */
public final class DayCloses {
    private static final TypeReference<Map<String, Long>> BY_METHOD = new TypeReference<>() {
    };
    private static final int MAX_NOTE = 500;
    /** A trillion in major units: far beyond any drawer, and the variance cannot overflow. */
    private static final long MAX_CASH = 100_000_000_000_000L;

    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditTrail audit;

    public DayCloses(Jdbi jdbi, Clock clock, AuditTrail audit) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
    }

    /** @param date the local day, YYYY-MM-DD; checked after the location, so another chain's is a plain 404 */
    public ZReport report(StaffIdentity reader, String locationId, String date) {
        return jdbi.inTransaction(handle -> {
            SettledMoneyDao.LocationRow location = handle.attach(SettledMoneyDao.class)
                    .location(reader.tenantId(), locationId).orElseThrow(() -> DomainException.notFound("Location"));
            return report(handle, reader.tenantId(), location, day(date));
        });
    }

    /**
     * @param countedCash what is in the drawer, in minor units of the location's currency
     */
    public ZReport close(StaffIdentity actor, String locationId, String date, Long countedCash, String note) {
        return jdbi.inTransaction(handle -> {
            // The lock every payment and refund at the location takes: entries land before the close or are
            // refused. It comes first, so this transaction's snapshot is taken after it and sees them all.
            SettledMoneyDao.LocationRow location = handle.attach(SettledMoneyDao.class)
                    .lockLocation(actor.tenantId(), locationId).orElseThrow(() -> DomainException.notFound("Location"));
            LocalDate day = day(date);
            if (countedCash == null || countedCash < 0 || countedCash > MAX_CASH) {
                throw DomainException.invalid("countedCash", "required: the cash counted, in minor units, 0 to "
                        + MAX_CASH);
            }
            if (note != null && (note.length() > MAX_NOTE || note.codePoints().anyMatch(c -> Character.isISOControl(c)
                    && c != '\n'))) {
                throw DomainException.invalid("note", "at most " + MAX_NOTE + " characters, no control characters");
            }
            ZoneId zone = ZoneId.of(location.timezone());
            if (day.isAfter(LocalDate.ofInstant(clock.instant(), zone))) {
                throw new DomainException(ErrorKind.UNPROCESSABLE, "DAY_NOT_STARTED",
                        "The day " + day + " has not begun at this location yet.");
            }
            DayCloseDao closes = handle.attach(DayCloseDao.class);
            if (closes.find(actor.tenantId(), locationId, day).isPresent()) {
                throw new DomainException(ErrorKind.CONFLICT, "DAY_ALREADY_CLOSED", "The day " + day
                        + " is already closed at this location.");
            }
            ZReport open = report(handle, actor.tenantId(), location, day);
            Map<String, Long> byMethod = new TreeMap<>();
            open.netByMethodAndCurrency().forEach((method, byCurrency) ->
                    byMethod.put(method, byCurrency.getOrDefault(location.currency(), 0L)));
            Instant now = clock.instant();
            String trimmedNote = note == null || note.isBlank() ? null : note.strip();
            DayCloseDao.Row row = new DayCloseDao.Row(Ids.newId(), locationId, day, location.currency(),
                    open.expectedCash(), countedCash, countedCash - open.expectedCash(), JsonColumns.write(byMethod), trimmedNote,
                    actor.actorId(), now);
            closes.insert(actor.tenantId(), row);
            audit.record(handle, actor, "day.closed", "location", locationId, Map.of("businessDate", day.toString(),
                    "expectedCash", row.expectedCash(), "countedCash", countedCash, "variance", row.variance()));
            return new ZReport(open.locationId(), day, location.currency(), open.entries(), open.documents(),
                    open.netByMethodAndCurrency(), open.expectedCash(), of(row));
        });
    }

    private static LocalDate day(String date) {
        try {
            return LocalDate.parse(date == null ? "" : date);
        } catch (DateTimeException e) {
            throw DomainException.invalid("date", "must be a date, YYYY-MM-DD");
        }
    }

    private static ZReport report(Handle handle, String tenantId, SettledMoneyDao.LocationRow location,
                                  LocalDate day) {
        List<DayBookEntry> entries = handle.attach(DayBookDao.class).ofDay(tenantId, location.id(), day);
        List<TaxDocument> documents = handle.attach(TaxDocumentDao.class).ofDay(tenantId, location.id(), day);
        Map<String, Map<String, Long>> net = new TreeMap<>();
        for (DayBookEntry entry : entries) {
            net.computeIfAbsent(entry.method(), m -> new TreeMap<>()).merge(entry.currency(), entry.signedAmount(),
                    Long::sum);
        }
        long expectedCash = net.getOrDefault("CASH", Map.of()).getOrDefault(location.currency(), 0L);
        DayClose close = handle.attach(DayCloseDao.class).find(tenantId, location.id(), day).map(DayCloses::of)
                .orElse(null);
        return new ZReport(location.id(), day, location.currency(), entries, documents, net, expectedCash, close);
    }

    private static DayClose of(DayCloseDao.Row row) {
        return new DayClose(row.id(), row.locationId(), row.businessDate(), row.currency(), row.expectedCash(),
                row.countedCash(), row.variance(), JsonColumns.read(row.expectedByMethod(), BY_METHOD), row.note(),
                row.closedBy(), row.closedAt());
    }
}
