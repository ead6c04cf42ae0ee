package com.regimen.core.booking;

import com.regimen.core.inventory.ReservedConsumable;
import com.regimen.core.inventory.StockReservations;
import com.regimen.core.scheduling.Location;
import com.regimen.core.scheduling.Practitioner;
import com.regimen.core.scheduling.PractitionerDao;
import com.regimen.core.scheduling.Practitioners;
import com.regimen.core.scheduling.Room;
import com.regimen.core.scheduling.RoomDao;
import com.regimen.core.scheduling.Rooms;
import com.regimen.plugin.spi.TreatmentProtocol;
import org.jdbi.v3.core.Handle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;

/**
 * Picks (or checks) a practitioner and a room for a slot under row locks, and holds its stock.
 * The practitioner and room rows it may use are locked in id order, then clashes are counted
 * against what is committed: two racing requests for one slot serialize on the same rows.
 */
final class SlotAllocation {
    private final Clock clock;

    SlotAllocation(Clock clock) {
        this.clock = clock;
    }

    /** A practitioner, a room and the times they are taken for. */
    record Slot(Instant start, Instant end, Instant roomFreeAt, Practitioner practitioner, Room room) {
    }

    /** Refusals say why: in the past, outside opening hours, no qualified practitioner, no suitable room, or taken. */
    Slot choose(Handle handle, String tenantId, TreatmentProtocol protocol, Location location, Instant start,
                String practitionerId, String roomId, String excludeAppointmentId) {
        Instant end = start.plus(Duration.ofMinutes(protocol.sessionMinutes()));
        ZonedDateTime localStart = start.atZone(location.timezone());
        ZonedDateTime localEnd = end.atZone(location.timezone());
        LocalDate day = localStart.toLocalDate();
        if (!start.isAfter(clock.instant())) {
            throw BookingRefusal.unprocessable("IN_THE_PAST", "Appointments can only be booked in the future.");
        }
        if (!ResourceRules.withinHours(location, localStart, localEnd)) {
            throw BookingRefusal.unprocessable("OUTSIDE_HOURS", location.name() + " is not open for the whole of "
                    + localStart.toLocalTime() + " to " + localEnd.toLocalTime() + " on " + day + ".");
        }

        List<Practitioner> candidates = practitionerId != null
                ? List.of(Practitioners.find(handle, tenantId, practitionerId))
                : handle.attach(PractitionerDao.class).list(tenantId, null, 10_000).stream()
                .map(Practitioners::fromRow).toList();
        List<Practitioner> qualified = candidates.stream()
                .filter(p -> ResourceRules.qualified(p, protocol, day)).toList();
        if (qualified.isEmpty()) {
            throw BookingRefusal.unprocessable("CREDENTIAL_MISSING", "No " + (practitionerId != null ? "chosen " : "")
                    + "practitioner holds a valid " + protocol.requiredCredentials() + " licence on " + day + ".");
        }
        List<Practitioner> onShift = qualified.stream().filter(p -> ResourceRules.onShift(p, location.id(), day,
                localStart.toLocalTime(), localEnd.toLocalTime())).toList();
        if (onShift.isEmpty()) {
            throw BookingRefusal.unprocessable("OUTSIDE_HOURS", "No qualified practitioner works at "
                    + location.name() + " then.");
        }

        List<Room> rooms = roomId != null
                ? List.of(Rooms.find(handle, tenantId, roomId))
                : handle.attach(RoomDao.class).list(tenantId, location.id(), null, 10_000).stream()
                .map(Rooms::fromRow).toList();
        List<Room> suitable = rooms.stream().filter(room -> ResourceRules.suitable(room, location.id(), protocol))
                .sorted(Comparator.comparing(Room::id)).toList();
        if (suitable.isEmpty()) {
            throw BookingRefusal.unprocessable("ROOM_UNSUITABLE", "No active room at " + location.name()
                    + " has " + protocol.requiredEquipment() + ".");
        }

        AppointmentDao dao = handle.attach(AppointmentDao.class);
        dao.lockPractitioners(tenantId, onShift.stream().map(Practitioner::id).sorted().toList());
        dao.lockRooms(tenantId, suitable.stream().map(Room::id).toList());
        Instant since = start.minus(AppointmentBook.LONGEST_SESSION);
        Practitioner free = onShift.stream().sorted(Comparator.comparing(Practitioner::id))
                .filter(p -> dao.practitionerClashes(tenantId, p.id(), since, start, end, excludeAppointmentId) == 0)
                .filter(p -> dao.timeOffClashes(tenantId, p.id(), start, end) == 0)
                .findFirst()
                .orElseThrow(() -> BookingRefusal.slotTaken("The practitioner is no longer free then."));
        for (Room room : suitable) {
            Instant freeAt = end.plus(Duration.ofMinutes(room.turnoverMinutes()));
            if (dao.roomClashes(tenantId, room.id(), since, start, freeAt, excludeAppointmentId) == 0) {
                return new Slot(start, end, freeAt, free, room);
            }
        }
        throw BookingRefusal.slotTaken("No suitable room is free then (turnover included).");
    }

    List<ReservedConsumable> reserve(Handle handle, String tenantId, Location location, TreatmentProtocol protocol,
                                     Slot slot, String appointmentId) {
        LocalDate day = slot.start().atZone(location.timezone()).toLocalDate();
        return StockReservations.reserve(handle, tenantId, location.id(), appointmentId, day,
                protocol.consumablesPerSession(), clock.instant());
    }
}
