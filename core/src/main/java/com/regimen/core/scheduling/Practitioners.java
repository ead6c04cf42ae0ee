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
import com.regimen.core.staff.StaffUserDao;
import com.regimen.plugin.spi.Credential;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Practitioners, their licences, weekly schedules and time off. */
public final class Practitioners {
    private static final TypeReference<List<PractitionerCredential>> CREDENTIALS = new TypeReference<>() {
    };
    private static final TypeReference<List<StoredShift>> SHIFTS = new TypeReference<>() {
    };

    /** A shift as stored: plain strings, so the JSON stays readable in the database. */
    record StoredShift(String locationId, String day, String from, String to) {
    }

    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditTrail audit;

    public Practitioners(Jdbi jdbi, Clock clock, AuditTrail audit) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
    }

    public Practitioner create(StaffIdentity actor, PractitionerForm form) {
        return jdbi.inTransaction(handle -> {
            Instant now = clock.instant();
            Practitioner practitioner = validated(handle, actor.tenantId(), Ids.newId(), form, true, now, now);
            handle.attach(PractitionerDao.class).insert(toRow(practitioner));
            audit.record(handle, actor, "practitioner.created", "practitioner", practitioner.id(),
                    Map.of("credentials", practitioner.credentials().stream().map(c -> c.type().name()).toList()));
            return practitioner;
        });
    }

    public Practitioner update(StaffIdentity actor, String id, PractitionerForm form) {
        return jdbi.inTransaction(handle -> {
            Practitioner current = find(handle, actor.tenantId(), id);
            Practitioner updated = validated(handle, actor.tenantId(), id, form, current.active(), current.createdAt(),
                    clock.instant());
            handle.attach(PractitionerDao.class).update(toRow(updated));
            audit.record(handle, actor, "practitioner.updated", "practitioner", id, Map.of());
            return updated;
        });
    }

    public Practitioner deactivate(StaffIdentity actor, String id) {
        return jdbi.inTransaction(handle -> {
            Practitioner c = find(handle, actor.tenantId(), id);
            Practitioner p = new Practitioner(c.tenantId(), id, c.name(), c.userId(), c.credentials(), c.schedule(),
                    false, c.createdAt(), clock.instant());
            handle.attach(PractitionerDao.class).update(toRow(p));
            audit.record(handle, actor, "practitioner.deactivated", "practitioner", id, Map.of());
            return p;
        });
    }

    public Practitioner get(StaffIdentity reader, String id) {
        return jdbi.withHandle(handle -> find(handle, reader.tenantId(), id));
    }

    public Page<Practitioner> list(StaffIdentity reader, PageRequest page) {
        var rows = jdbi.withExtension(PractitionerDao.class,
                dao -> dao.list(reader.tenantId(), page.afterId(), page.fetchSize()));
        return Page.of(rows.stream().map(Practitioners::fromRow).toList(), page, Practitioner::id);
    }

    public TimeOff addTimeOff(StaffIdentity actor, String practitionerId, Instant from, Instant to, String reason) {
        if (from == null || to == null || !to.isAfter(from)) {
            throw DomainException.invalid("to", "must be after from");
        }
        if (reason != null && reason.length() > 500) {
            throw DomainException.invalid("reason", "must be at most 500 characters");
        }
        return jdbi.inTransaction(handle -> {
            find(handle, actor.tenantId(), practitionerId);
            TimeOff timeOff = new TimeOff(Ids.newId(), practitionerId, from, to, reason, clock.instant());
            handle.attach(PractitionerDao.class).insertTimeOff(actor.tenantId(), timeOff);
            audit.record(handle, actor, "practitioner.time_off_added", "practitioner", practitionerId,
                    Map.of("from", from.toString(), "to", to.toString()));
            return timeOff;
        });
    }

    /** Takes back time off recorded by mistake or cancelled; the practitioner's hours are bookable again. */
    public void deleteTimeOff(StaffIdentity actor, String practitionerId, String timeOffId) {
        jdbi.useTransaction(handle -> {
            find(handle, actor.tenantId(), practitionerId);
            if (handle.attach(PractitionerDao.class).deleteTimeOff(actor.tenantId(), practitionerId, timeOffId) == 0) {
                throw DomainException.notFound("Time off");
            }
            audit.record(handle, actor, "practitioner.time_off_deleted", "practitioner", practitionerId,
                    Map.of("timeOffId", timeOffId));
        });
    }

    public List<TimeOff> timeOff(StaffIdentity reader, String practitionerId) {
        return jdbi.withHandle(handle -> {
            find(handle, reader.tenantId(), practitionerId);
            return handle.attach(PractitionerDao.class)
                    .timeOffFrom(reader.tenantId(), practitionerId, clock.instant().minus(java.time.Duration.ofDays(30)))
                    .stream().map(PractitionerDao.TimeOffRow::toTimeOff).toList();
        });
    }

    public static Practitioner find(Handle handle, String tenantId, String id) {
        return handle.attach(PractitionerDao.class).find(tenantId, id).map(Practitioners::fromRow)
                .orElseThrow(() -> DomainException.notFound("Practitioner"));
    }

    private static Practitioner validated(Handle handle, String tenantId, String id, PractitionerForm form,
                                          boolean active, Instant createdAt, Instant updatedAt) {
        List<FieldError> errors = new ArrayList<>();
        String name = form.name() == null ? "" : form.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            errors.add(new FieldError("name", "must be 1 to 200 characters"));
        }
        List<PractitionerCredential> credentials = new ArrayList<>();
        List<PractitionerForm.CredentialForm> credentialForms = form.credentials() == null ? List.of()
                : form.credentials();
        for (int i = 0; i < credentialForms.size(); i++) {
            PractitionerForm.CredentialForm c = credentialForms.get(i);
            Credential type = credential(c == null ? null : c.type());
            if (type == null) {
                errors.add(new FieldError("credentials[" + i + "].type", "must be PHYSICIAN, NURSE or AESTHETICIAN"));
            } else if (c.licenceNumber() != null && c.licenceNumber().length() > 100) {
                errors.add(new FieldError("credentials[" + i + "].licenceNumber", "must be at most 100 characters"));
            } else if (!StorableDates.fits(c.expiresOn())) {
                errors.add(new FieldError("credentials[" + i + "].expiresOn", StorableDates.RULE));
            } else {
                credentials.add(new PractitionerCredential(type, c.licenceNumber(), c.expiresOn()));
            }
        }
        List<Shift> schedule = new ArrayList<>();
        List<PractitionerForm.ShiftForm> shiftForms = form.schedule() == null ? List.of() : form.schedule();
        LocationDao locations = handle.attach(LocationDao.class);
        for (int i = 0; i < shiftForms.size(); i++) {
            PractitionerForm.ShiftForm s = shiftForms.get(i);
            String field = "schedule[" + i + "]";
            if (s == null) {
                errors.add(new FieldError(field, "must not be null"));
                continue;
            }
            DayOfWeek day = WeeklyHours.day(s.day());
            LocalTime from = WeeklyHours.time(s.from());
            LocalTime to = WeeklyHours.time(s.to());
            if (s.locationId() == null || locations.find(tenantId, s.locationId()).isEmpty()) {
                errors.add(new FieldError(field + ".locationId", "must be a location of this clinic chain"));
            } else if (day == null) {
                errors.add(new FieldError(field + ".day", "must be one of MON, TUE, WED, THU, FRI, SAT, SUN"));
            } else if (from == null || to == null) {
                errors.add(new FieldError(field, "from and to must be HH:MM"));
            } else if (!from.isBefore(to)) {
                errors.add(new FieldError(field + ".to", "must be after from"));
            } else {
                Shift shift = new Shift(s.locationId(), day, new TimeRange(from, to));
                if (schedule.stream().anyMatch(o -> o.day() == day && o.hours().overlaps(shift.hours()))) {
                    errors.add(new FieldError(field, "overlaps another shift on the same day"));
                } else {
                    schedule.add(shift);
                }
            }
        }
        String userId = form.userId() == null || form.userId().isBlank() ? null : form.userId();
        // The link gives a staff account a practitioner's calendar: only this clinic chain's own staff.
        if (userId != null && (!Ids.looksLikeId(userId)
                || handle.attach(StaffUserDao.class).find(tenantId, userId).isEmpty())) {
            errors.add(new FieldError("userId", "must be the id of a staff user of this clinic chain"));
        }
        if (!errors.isEmpty()) {
            throw new DomainException(ErrorKind.INVALID, "VALIDATION_FAILED", "The practitioner is not valid.", errors,
                    Map.of());
        }
        return new Practitioner(tenantId, id, name, userId, List.copyOf(credentials), List.copyOf(schedule), active,
                createdAt, updatedAt);
    }

    private static Credential credential(String name) {
        try {
            return name == null ? null : Credential.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static PractitionerDao.Row toRow(Practitioner p) {
        List<StoredShift> shifts = p.schedule().stream().map(s -> new StoredShift(s.locationId(),
                WeeklyHours.dayName(s.day()), s.hours().from().toString(), s.hours().to().toString())).toList();
        return new PractitionerDao.Row(p.tenantId(), p.id(), p.name(), p.userId(), JsonColumns.write(p.credentials()),
                JsonColumns.write(shifts), p.active(), p.createdAt(), p.updatedAt());
    }

    public static Practitioner fromRow(PractitionerDao.Row row) {
        List<Shift> schedule = JsonColumns.read(row.schedule(), SHIFTS).stream()
                .map(s -> new Shift(s.locationId(), WeeklyHours.day(s.day()),
                        new TimeRange(WeeklyHours.time(s.from()), WeeklyHours.time(s.to()))))
                .toList();
        return new Practitioner(row.tenantId(), row.id(), row.name(), row.userId(),
                JsonColumns.read(row.credentials(), CREDENTIALS), schedule, row.active(), row.createdAt(),
                row.updatedAt());
    }
}
