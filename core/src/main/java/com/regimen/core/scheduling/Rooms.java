package com.regimen.core.scheduling;

import com.fasterxml.jackson.core.type.TypeReference;
import com.regimen.core.audit.AuditTrail;
import com.regimen.core.errors.DomainException;
import com.regimen.core.errors.ErrorKind;
import com.regimen.core.errors.FieldError;
import com.regimen.core.ids.Ids;
import com.regimen.core.json.JsonColumns;
import com.regimen.core.paging.Page;
import com.regimen.core.paging.PageRequest;
import com.regimen.core.identity.StaffIdentity;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Treatment rooms with their equipment and turnover time. */
public final class Rooms {
    private static final TypeReference<List<String>> TAGS = new TypeReference<>() {
    };

    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditTrail audit;

    public Rooms(Jdbi jdbi, Clock clock, AuditTrail audit) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
    }

    public Room create(StaffIdentity actor, RoomForm form) {
        return jdbi.inTransaction(handle -> {
            Instant now = clock.instant();
            Room room = validated(handle, actor.tenantId(), Ids.newId(), form, true, now, now);
            handle.attach(RoomDao.class).insert(toRow(room));
            audit.record(handle, actor, "room.created", "room", room.id(), Map.of("locationId", room.locationId()));
            return room;
        });
    }

    public Room update(StaffIdentity actor, String id, RoomForm form) {
        return jdbi.inTransaction(handle -> {
            Room current = find(handle, actor.tenantId(), id);
            Room room = validated(handle, actor.tenantId(), id, form, current.active(), current.createdAt(),
                    clock.instant());
            handle.attach(RoomDao.class).update(toRow(room));
            audit.record(handle, actor, "room.updated", "room", id, Map.of());
            return room;
        });
    }

    public Room deactivate(StaffIdentity actor, String id) {
        return jdbi.inTransaction(handle -> {
            Room c = find(handle, actor.tenantId(), id);
            Room room = new Room(c.tenantId(), id, c.locationId(), c.name(), c.equipment(), c.turnoverMinutes(), false,
                    c.createdAt(), clock.instant());
            handle.attach(RoomDao.class).update(toRow(room));
            audit.record(handle, actor, "room.deactivated", "room", id, Map.of());
            return room;
        });
    }

    public Room get(StaffIdentity reader, String id) {
        return jdbi.withHandle(handle -> find(handle, reader.tenantId(), id));
    }

    public Page<Room> list(StaffIdentity reader, String locationId, PageRequest page) {
        var rows = jdbi.withExtension(RoomDao.class,
                dao -> dao.list(reader.tenantId(), locationId, page.afterId(), page.fetchSize()));
        return Page.of(rows.stream().map(Rooms::fromRow).toList(), page, Room::id);
    }

    public static Room find(Handle handle, String tenantId, String id) {
        return handle.attach(RoomDao.class).find(tenantId, id).map(Rooms::fromRow)
                .orElseThrow(() -> DomainException.notFound("Room"));
    }

    private static Room validated(Handle handle, String tenantId, String id, RoomForm form, boolean active,
                                  Instant createdAt, Instant updatedAt) {
        List<FieldError> errors = new ArrayList<>();
        String name = form.name() == null ? "" : form.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            errors.add(new FieldError("name", "must be 1 to 200 characters"));
        }
        boolean locationKnown = form.locationId() != null
                && handle.attach(LocationDao.class).find(tenantId, form.locationId()).map(LocationDao.Row::active)
                .orElse(false);
        if (!locationKnown) {
            errors.add(new FieldError("locationId", "must be an active location of this clinic chain"));
        }
        Set<String> equipment = new TreeSet<>();
        for (String tag : form.equipment() == null ? List.<String>of() : form.equipment()) {
            if (tag == null || !tag.matches("[a-z0-9][a-z0-9-]{0,39}")) {
                errors.add(new FieldError("equipment", "tags are lower-case words like centrifuge"));
            } else {
                equipment.add(tag);
            }
        }
        int turnover = form.turnoverMinutes() == null ? 0 : form.turnoverMinutes();
        if (turnover < 0 || turnover > 240) {
            errors.add(new FieldError("turnoverMinutes", "must be 0 to 240"));
        }
        if (!errors.isEmpty()) {
            throw new DomainException(ErrorKind.INVALID, "VALIDATION_FAILED", "The room is not valid.", errors, Map.of());
        }
        return new Room(tenantId, id, form.locationId(), name, Set.copyOf(equipment), turnover, active, createdAt,
                updatedAt);
    }

    private static RoomDao.Row toRow(Room r) {
        return new RoomDao.Row(r.tenantId(), r.id(), r.locationId(), r.name(),
                JsonColumns.write(new TreeSet<>(r.equipment())), r.turnoverMinutes(), r.active(), r.createdAt(),
                r.updatedAt());
    }

    public static Room fromRow(RoomDao.Row row) {
        return new Room(row.tenantId(), row.id(), row.locationId(), row.name(),
                Set.copyOf(JsonColumns.read(row.equipment(), TAGS)), row.turnoverMinutes(), row.active(),
                row.createdAt(), row.updatedAt());
    }
}
