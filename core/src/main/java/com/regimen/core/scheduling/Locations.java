package com.regimen.core.scheduling;

import com.fasterxml.jackson.core.type.TypeReference;
import com.regimen.core.audit.AuditTrail;
import com.regimen.core.database.StorableDates;
import com.regimen.core.errors.DomainException;
import com.regimen.core.errors.ErrorKind;
import com.regimen.core.errors.FieldError;
import com.regimen.core.ids.Ids;
import com.regimen.core.json.JsonColumns;
import com.regimen.core.paging.Page;
import com.regimen.core.paging.PageRequest;
import com.regimen.core.identity.StaffIdentity;
import com.regimen.core.tenancy.TenantDao;
import com.regimen.core.tenancy.TenantLocales;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The clinic chain's branches: created, changed and deactivated (never deleted: appointments name them). */
public final class Locations {
    private static final TypeReference<Map<String, List<List<String>>>> HOURS = new TypeReference<>() {
    };
    private static final TypeReference<List<Closure>> CLOSURES = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> TAGS = new TypeReference<>() {
    };

    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditTrail audit;

    public Locations(Jdbi jdbi, Clock clock, AuditTrail audit) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
    }

    public Location create(StaffIdentity actor, LocationForm form) {
        return jdbi.inTransaction(handle -> {
            String tenantCurrency = handle.attach(TenantDao.class).find(actor.tenantId()).orElseThrow().currency();
            Instant now = clock.instant();
            Location location = validated(actor.tenantId(), Ids.newId(), form, tenantCurrency, true, now, now);
            handle.attach(LocationDao.class).insert(toRow(location));
            audit.record(handle, actor, "location.created", "location", location.id(), Map.of("name", location.name()));
            return location;
        });
    }

    public Location update(StaffIdentity actor, String id, LocationForm form) {
        return jdbi.inTransaction(handle -> {
            Location current = find(handle, actor.tenantId(), id);
            Location updated = validated(actor.tenantId(), id, form, current.currency(), current.active(),
                    current.createdAt(), clock.instant());
            handle.attach(LocationDao.class).update(toRow(updated));
            audit.record(handle, actor, "location.updated", "location", id, Map.of("name", updated.name()));
            return updated;
        });
    }

    public Location deactivate(StaffIdentity actor, String id) {
        return jdbi.inTransaction(handle -> {
            Location current = find(handle, actor.tenantId(), id);
            Location deactivated = new Location(current.tenantId(), id, current.name(), current.timezone(),
                    current.currency(), current.openingHours(), current.closures(), current.accreditations(),
                    current.slotMinutes(), false, current.createdAt(), clock.instant());
            handle.attach(LocationDao.class).update(toRow(deactivated));
            audit.record(handle, actor, "location.deactivated", "location", id, Map.of());
            return deactivated;
        });
    }

    public Location get(StaffIdentity reader, String id) {
        return jdbi.withHandle(handle -> find(handle, reader.tenantId(), id));
    }

    public Page<Location> list(StaffIdentity reader, PageRequest page) {
        var rows = jdbi.withExtension(LocationDao.class,
                dao -> dao.list(reader.tenantId(), page.afterId(), page.fetchSize()));
        return Page.of(rows.stream().map(Locations::fromRow).toList(), page, Location::id);
    }

    /** For other domains inside their own transaction. */
    public static Location find(Handle handle, String tenantId, String id) {
        return handle.attach(LocationDao.class).find(tenantId, id).map(Locations::fromRow)
                .orElseThrow(() -> DomainException.notFound("Location"));
    }

    private static Location validated(String tenantId, String id, LocationForm form, String defaultCurrency,
                                      boolean active, Instant createdAt, Instant updatedAt) {
        List<FieldError> errors = new ArrayList<>();
        String name = form.name() == null ? "" : form.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            errors.add(new FieldError("name", "must be 1 to 200 characters"));
        }
        ZoneId zone = null;
        try {
            zone = form.timezone() == null ? null : ZoneId.of(form.timezone());
        } catch (DateTimeException e) {
            zone = null;
        }
        if (zone == null || !form.timezone().contains("/")) {
            errors.add(new FieldError("timezone", "must be an IANA time zone such as Asia/Riyadh"));
        }
        String currency = defaultCurrency;
        if (form.currency() != null) {
            try {
                currency = TenantLocales.currency("currency", form.currency());
            } catch (DomainException e) {
                errors.addAll(e.fieldErrors());
            }
        }
        Map<DayOfWeek, List<TimeRange>> hours = WeeklyHours.parse("openingHours", form.openingHours(), errors);
        List<Closure> closures = form.closures() == null ? List.of() : form.closures();
        for (int i = 0; i < closures.size(); i++) {
            if (closures.get(i) == null || closures.get(i).date() == null) {
                errors.add(new FieldError("closures[" + i + "].date", "must be a date like 2026-12-25"));
            } else if (!StorableDates.fits(closures.get(i).date())) {
                errors.add(new FieldError("closures[" + i + "].date", StorableDates.RULE));
            }
        }
        Set<String> accreditations = new TreeSet<>();
        for (String tag : form.accreditations() == null ? List.<String>of() : form.accreditations()) {
            if (tag == null || !tag.matches("[a-z0-9][a-z0-9-]{0,39}")) {
                errors.add(new FieldError("accreditations", "tags are lower-case words like stem-cell"));
            } else {
                accreditations.add(tag);
            }
        }
        int slotMinutes = form.slotMinutes() == null ? 15 : form.slotMinutes();
        if (slotMinutes < 5 || slotMinutes > 120 || 60 % slotMinutes != 0 && slotMinutes % 60 != 0) {
            errors.add(new FieldError("slotMinutes", "must divide an hour (5, 10, 15, 20, 30, 60) or be whole hours"));
        }
        if (!errors.isEmpty()) {
            throw new DomainException(ErrorKind.INVALID, "VALIDATION_FAILED", "The location is not valid.", errors,
                    Map.of());
        }
        return new Location(tenantId, id, name, zone, currency, hours, List.copyOf(closures),
                Set.copyOf(accreditations), slotMinutes, active, createdAt, updatedAt);
    }

    private static LocationDao.Row toRow(Location l) {
        Map<String, List<List<String>>> hours = new LinkedHashMap<>();
        l.openingHours().forEach((day, ranges) -> hours.put(WeeklyHours.dayName(day),
                ranges.stream().map(r -> List.of(r.from().toString(), r.to().toString())).toList()));
        return new LocationDao.Row(l.tenantId(), l.id(), l.name(), l.timezone().getId(), l.currency(),
                JsonColumns.write(hours), JsonColumns.write(l.closures()),
                JsonColumns.write(new TreeSet<>(l.accreditations())), l.slotMinutes(), l.active(), l.createdAt(),
                l.updatedAt());
    }

    private static Location fromRow(LocationDao.Row row) {
        Map<DayOfWeek, List<TimeRange>> hours = new EnumMap<>(DayOfWeek.class);
        JsonColumns.read(row.openingHours(), HOURS).forEach((day, ranges) -> hours.put(WeeklyHours.day(day),
                ranges.stream().map(r -> new TimeRange(WeeklyHours.time(r.get(0)), WeeklyHours.time(r.get(1))))
                        .toList()));
        return new Location(row.tenantId(), row.id(), row.name(), ZoneId.of(row.timezone()), row.currency(), hours,
                JsonColumns.read(row.closures(), CLOSURES), Set.copyOf(JsonColumns.read(row.accreditations(), TAGS)),
                row.slotMinutes(), row.active(), row.createdAt(), row.updatedAt());
    }
}
