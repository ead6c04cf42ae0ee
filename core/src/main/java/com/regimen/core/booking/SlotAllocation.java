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
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Picks (or checks) a practitioner and a room for a slot under row locks, and holds its stock.
 * Only the practitioner and the room the booking ends up with are locked (plus any it found taken
 * under their lock), in id order, and their clashes are counted again under the lock against what
 * is committed: two racing requests for one practitioner or room serialize on its row.
 */
final class SlotAllocation {
    /** More practitioners or rooms than any one location has; a bound, not a page. */
    private static final int MAX_CANDIDATES = 10_000;

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
                : handle.attach(PractitionerDao.class).activeAt(tenantId, location.id(), MAX_CANDIDATES).stream()
                .map(Practitioners::fromRow).toList();
        List<Practitioner> qualified = candidates.stream()
                .filter(p -> ResourceRules.qualified(p, protocol, day)).toList();
        if (qualified.isEmpty()) {
            throw BookingRefusal.unprocessable("CREDENTIAL_MISSING", "No " + (practitionerId != null ? "chosen " : "")
                    + "practitioner holds a valid " + protocol.requiredCredentials() + " licence on " + day + ".");
        }
        List<Practitioner> onShift = qualified.stream().filter(p -> ResourceRules.onShift(p, location.id(), day,
                localStart.toLocalTime(), localEnd.toLocalTime())).sorted(Comparator.comparing(Practitioner::id))
                .toList();
        if (onShift.isEmpty()) {
            throw BookingRefusal.unprocessable("OUTSIDE_HOURS", "No qualified practitioner works at "
                    + location.name() + " then.");
        }

        List<Room> rooms = roomId != null
                ? List.of(Rooms.find(handle, tenantId, roomId))
                : handle.attach(RoomDao.class).list(tenantId, location.id(), null, MAX_CANDIDATES).stream()
                .map(Rooms::fromRow).toList();
        List<Room> suitable = rooms.stream().filter(room -> ResourceRules.suitable(room, location.id(), protocol))
                .sorted(Comparator.comparing(Room::id)).toList();
        if (suitable.isEmpty()) {
            throw BookingRefusal.unprocessable("ROOM_UNSUITABLE", "No active room at " + location.name()
                    + " has " + protocol.requiredEquipment() + ".");
        }

        AppointmentDao dao = handle.attach(AppointmentDao.class);
        Instant since = start.minus(AppointmentBook.LONGEST_SESSION);
        Practitioner free = firstLockedFree(onShift, Practitioner::id,
                id -> dao.writeLockPractitioners(tenantId, List.of(id)),
                p -> dao.practitionerClashes(tenantId, p.id(), since, start, end, excludeAppointmentId) == 0
                        && dao.timeOffClashes(tenantId, p.id(), start, end) == 0)
                .orElseThrow(() -> BookingRefusal.slotTaken("The practitioner is no longer free then."));
        Room room = firstLockedFree(suitable, Room::id, id -> dao.writeLockRooms(tenantId, List.of(id)),
                r -> dao.roomClashes(tenantId, r.id(), since, start, freeAt(end, r), excludeAppointmentId) == 0)
                .orElseThrow(() -> BookingRefusal.slotTaken("No suitable room is free then (turnover included)."));
        return new Slot(start, end, freeAt(end, room), free, room);
    }

    /**
     * A refusal before the gate: a named practitioner already booked at the very start is taken whatever
     * the session's length, and the desk hears so without the patient being screened for nothing (of
     * desks racing for one slot, each that asks after the winner committed ends here; those that ask
     * at the same moment pass, and wait at the lock). One read of what is committed, no lock;
     * {@link #choose} still decides under the practitioner's lock.
     */
    void refuseIfTakenAtStart(Handle handle, String tenantId, String practitionerId, Instant start) {
        if (handle.attach(AppointmentDao.class).practitionerClashes(tenantId, practitionerId,
                start.minus(AppointmentBook.LONGEST_SESSION), start, start.plusMillis(1), "") > 0) {
            throw BookingRefusal.slotTaken("The practitioner is no longer free then.");
        }
    }

    private static Instant freeAt(Instant end, Room room) {
        return end.plus(Duration.ofMinutes(room.turnoverMinutes()));
    }

    /**
     * The first candidate (in id order) that is free, locked: one that looks free on what is
     * committed is locked and checked again under its lock (a racing booking may have taken it in
     * between; then the next is tried). Only rows the booking can end up using are locked, so
     * bookings of different practitioners and rooms at one location no longer queue behind each
     * other. Every booking locks in id order, practitioners before rooms, so two bookings never wait
     * for each other in a cycle.
     */
    private static <T> Optional<T> firstLockedFree(List<T> inIdOrder, Function<T, String> id,
                                                   Consumer<String> lock, Predicate<T> free) {
        if (inIdOrder.size() == 1) {
            // Named: lock it before looking, as a racing request for the same one would.
            T only = inIdOrder.get(0);
            lock.accept(id.apply(only));
            return free.test(only) ? Optional.of(only) : Optional.empty();
        }
        for (T candidate : inIdOrder) {
            if (free.test(candidate)) {
                lock.accept(id.apply(candidate));
                if (free.test(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    List<ReservedConsumable> reserve(Handle handle, String tenantId, Location location, TreatmentProtocol protocol,
                                     Slot slot, String appointmentId) {
        LocalDate day = slot.start().atZone(location.timezone()).toLocalDate();
        return StockReservations.reserve(handle, tenantId, location.id(), appointmentId, day,
                protocol.consumablesPerSession(), clock.instant());
    }

    /** As {@link #reserve}, for an appointment this transaction is booking (it holds nothing yet). */
    List<ReservedConsumable> reserveForNew(Handle handle, String tenantId, Location location,
                                           TreatmentProtocol protocol, Slot slot, String appointmentId) {
        LocalDate day = slot.start().atZone(location.timezone()).toLocalDate();
        return StockReservations.reserveForNew(handle, tenantId, location.id(), appointmentId, day,
                protocol.consumablesPerSession(), clock.instant());
    }
}
