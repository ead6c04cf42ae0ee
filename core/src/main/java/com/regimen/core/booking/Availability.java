package com.regimen.core.booking;

import com.regimen.core.errors.DomainException;
import com.regimen.core.errors.ErrorKind;
import com.regimen.core.inventory.StockLot;
import com.regimen.core.inventory.StockLotDao;
import com.regimen.core.plugins.TreatmentMenu;
import com.regimen.core.scheduling.Location;
import com.regimen.core.scheduling.Locations;
import com.regimen.core.scheduling.Practitioner;
import com.regimen.core.scheduling.PractitionerDao;
import com.regimen.core.scheduling.Practitioners;
import com.regimen.core.scheduling.Room;
import com.regimen.core.scheduling.RoomDao;
import com.regimen.core.scheduling.Rooms;
import com.regimen.core.scheduling.TimeOff;
import com.regimen.core.scheduling.TimeRange;
import com.regimen.core.identity.StaffIdentity;
import com.regimen.plugin.spi.ConsumableUse;
import com.regimen.plugin.spi.TreatmentProtocol;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Bookable slots for a treatment at a location over some days. Every slot start is a local
 * wall-clock time in the location's zone (so 13:00 stays 13:00 across a clock change), and the
 * data is read once for the window through indexes that start with tenant_id.
 */
public final class Availability {
    public static final int MAX_DAYS = 31;
    /**
     * How many (start, practitioner) pairs one search may weigh: a bound on one request's work, so
     * a location with round-the-clock hours and hundreds of practitioners cannot pin a core. A
     * 14-day search at 20 practitioners weighs about 9,000.
     */
    public static final int MAX_CANDIDATES = 500_000;

    private final Jdbi jdbi;
    private final Clock clock;
    private final TreatmentMenu menu;
    private final Eligibility eligibility;

    public Availability(Jdbi jdbi, Clock clock, TreatmentMenu menu, Eligibility eligibility) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.menu = menu;
        this.eligibility = eligibility;
    }

    /** The most slots one search answers with when the caller asks for the first ones. */
    public static final int MAX_FIRST = 1_000;

    /** @param day the slot's day at the location (its time zone) */
    public record AvailableSlot(Instant start, Instant end, String practitionerId, String roomId, LocalDate day) {
    }

    public List<AvailableSlot> find(StaffIdentity reader, String locationId, String treatmentId, LocalDate from,
                                    LocalDate to, String practitionerId) {
        return find(reader, locationId, treatmentId, from, to, practitionerId, null);
    }

    public List<AvailableSlot> find(StaffIdentity reader, String locationId, String treatmentId, LocalDate from,
                                    LocalDate to, String practitionerId, String patientId) {
        return find(reader, locationId, treatmentId, from, to, practitionerId, patientId, null);
    }

    /**
     * With a patient, the slots are offered only if the patient passes the same clinical gate as
     * booking (else its 422: CONTRAINDICATED, CLEARANCE_REQUIRED, INTAKE_STALE, ...).
     */
    public List<AvailableSlot> find(StaffIdentity reader, String locationId, String treatmentId, LocalDate from,
                                    LocalDate to, String practitionerId, String patientId, Integer first) {
        if (first != null && (first < 1 || first > MAX_FIRST)) {
            throw DomainException.invalid("first", "must be 1 to " + MAX_FIRST);
        }
        int wanted = first == null ? Integer.MAX_VALUE : first;
        if (from == null || to == null || to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to)) {
            throw DomainException.invalid("to", "must be on or after from, at most " + MAX_DAYS + " days later");
        }
        // One connection for the gate, the menu and the search: Jdbi hands the thread's open handle to
        // the nested withHandle calls they make.
        return jdbi.withHandle(handle -> {
            if (patientId != null) {
                eligibility.admitOn(reader, patientId, treatmentId, locationId, from);
            }
            TreatmentMenu.OfferedTreatment treatment = menu.offered(reader, treatmentId);
            TreatmentProtocol protocol = treatment.plugin().protocol();
            String tenant = reader.tenantId();
            Location location = Locations.find(handle, tenant, locationId);
            if (!location.active() || LocationOffer.of(handle, location, treatment.plugin()) != LocationOffer.OFFERED) {
                return List.of();
            }
            List<Practitioner> practitioners = (practitionerId != null
                    ? List.of(Practitioners.find(handle, tenant, practitionerId))
                    : handle.attach(PractitionerDao.class).activeAt(tenant, locationId, 10_000).stream()
                    .map(Practitioners::fromRow).toList())
                    .stream().filter(Practitioner::active)
                    .filter(p -> ResourceRules.worksAt(p, locationId))
                    .sorted(Comparator.comparing(Practitioner::id)).toList();
            List<Room> rooms = handle.attach(RoomDao.class).list(tenant, locationId, null, 10_000).stream()
                    .map(Rooms::fromRow)
                    .filter(room -> ResourceRules.suitable(room, locationId, protocol))
                    .sorted(Comparator.comparing(Room::id)).toList();
            if (practitioners.isEmpty() || rooms.isEmpty()) {
                return List.of();
            }
            Instant windowStart = from.atStartOfDay(location.timezone()).toInstant()
                    .minus(AppointmentBook.LONGEST_SESSION);
            Instant windowEnd = to.plusDays(1).atStartOfDay(location.timezone()).toInstant();
            AppointmentDao appointments = handle.attach(AppointmentDao.class);
            BusyIntervals roomsTaken = new BusyIntervals();
            appointments.roomsTakenAt(tenant, locationId, windowStart, windowEnd)
                    .forEach(taken -> roomsTaken.add(taken.resourceId(), taken.from(), taken.to()));
            BusyIntervals practitionersTaken = new BusyIntervals();
            appointments.practitionersTaken(tenant, practitioners.stream().map(Practitioner::id).toList(), windowStart,
                    windowEnd).forEach(taken -> practitionersTaken.add(taken.resourceId(), taken.from(), taken.to()));
            Map<String, List<TimeOff>> timeOff = new HashMap<>();
            handle.attach(PractitionerDao.class).timeOffOverlapping(tenant,
                            practitioners.stream().map(Practitioner::id).toList(), windowStart, windowEnd)
                    .forEach(row -> timeOff.computeIfAbsent(row.practitionerId(), id -> new ArrayList<>())
                            .add(row.toTimeOff()));
            StockOnShelf stock = new StockOnShelf(handle, tenant, locationId);
            List<RoomCalendar> roomCalendars = rooms.stream().map(room -> new RoomCalendar(room, roomsTaken.of(room.id()),
                    Duration.ofMinutes(room.turnoverMinutes()).toMillis())).toList();

            List<AvailableSlot> slots = new ArrayList<>();
            Duration length = Duration.ofMinutes(protocol.sessionMinutes());
            Instant now = clock.instant();
            long candidates = 0;
            search:
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                if (!stock.covers(protocol.consumablesPerSession(), day)) {
                    continue;
                }
                // Who is qualified, and their shifts here, depend on the day only: worked out once a day,
                // not at every start (the search weighs each start against every practitioner).
                List<OnDuty> onDuty = new ArrayList<>();
                for (Practitioner p : practitioners) {
                    if (ResourceRules.qualified(p, protocol, day)) {
                        List<TimeRange> shifts = ResourceRules.shiftsOn(p, locationId, day);
                        if (!shifts.isEmpty()) {
                            onDuty.add(new OnDuty(p, shifts, practitionersTaken.of(p.id()),
                                    timeOff.getOrDefault(p.id(), List.of())));
                        }
                    }
                }
                for (TimeRange hours : location.hoursOn(day)) {
                    for (LocalTime t : SlotStarts.within(hours, location.slotMinutes())) {
                        candidates += practitioners.size();
                        if (candidates > MAX_CANDIDATES) {
                            throw tooBroad();
                        }
                        LocalDateTime localStart = LocalDateTime.of(day, t);
                        if (location.timezone().getRules().getValidOffsets(localStart).isEmpty()) {
                            continue; // this wall-clock time does not exist: the clocks jumped over it
                        }
                        Instant start = ZonedDateTime.of(localStart, location.timezone()).toInstant();
                        Instant end = start.plus(length);
                        ZonedDateTime localEnd = end.atZone(location.timezone());
                        if (!start.isAfter(now)
                                || !ResourceRules.within(hours, start.atZone(location.timezone()), localEnd)) {
                            continue;
                        }
                        LocalTime localEndTime = localEnd.toLocalTime();
                        for (OnDuty duty : onDuty) {
                            if (duty.free(t, localEndTime, start, end)) {
                                Optional<Room> room = freeRoom(roomCalendars, start, end);
                                if (room.isPresent()) {
                                    slots.add(new AvailableSlot(start, end, duty.practitioner().id(), room.get().id(),
                                            day));
                                    // Days, then starts, then practitioners in id order: the first found are the earliest.
                                    if (slots.size() == wanted) {
                                        break search;
                                    }
                                }
                            }
                        }
                    }
                }
            }
            return slots;
        });
    }

    private static DomainException tooBroad() {
        return new DomainException(ErrorKind.UNPROCESSABLE, "AVAILABILITY_TOO_BROAD",
                "This search would weigh more than " + MAX_CANDIDATES + " start times and practitioners. "
                        + "Ask for fewer days or name a practitioner.");
    }

    /**
     * A practitioner qualified on the search's current day, with their shifts at the location that day
     * and their calendar; asked at every start, so nothing in it looks anything up again.
     */
    private record OnDuty(Practitioner practitioner, List<TimeRange> shifts, BusyIntervals.Taken taken,
                          List<TimeOff> away) {
        /** On shift for the whole session, and neither booked nor away during it. */
        boolean free(LocalTime from, LocalTime to, Instant start, Instant end) {
            return ResourceRules.covers(shifts, from, to)
                    && !taken.overlaps(start.toEpochMilli(), end.toEpochMilli())
                    && (away.isEmpty() || away.stream().noneMatch(t -> t.from().isBefore(end) && t.to().isAfter(start)));
        }
    }

    /** A suitable room, its calendar and its turnover (a session keeps it until end + turnover). */
    private record RoomCalendar(Room room, BusyIntervals.Taken taken, long turnoverMillis) {
    }

    private static Optional<Room> freeRoom(List<RoomCalendar> rooms, Instant start, Instant end) {
        long from = start.toEpochMilli();
        long to = end.toEpochMilli();
        for (RoomCalendar room : rooms) {
            if (!room.taken().overlaps(from, to + room.turnoverMillis())) {
                return Optional.of(room.room());
            }
        }
        return Optional.empty();
    }

    /** Free units of each sku at the location by the last day a lot may be used. */
    private static final class StockOnShelf {
        private final Map<String, List<StockLot>> lotsBySku = new HashMap<>();

        StockOnShelf(Handle handle, String tenantId, String locationId) {
            handle.attach(StockLotDao.class).atLocation(tenantId, locationId)
                    .forEach(lot -> lotsBySku.computeIfAbsent(lot.sku(), k -> new ArrayList<>()).add(lot));
        }

        boolean covers(List<ConsumableUse> uses, LocalDate day) {
            for (ConsumableUse use : uses) {
                int free = lotsBySku.getOrDefault(use.sku(), List.of()).stream()
                        .filter(lot -> !lot.expiredOn(day)).mapToInt(StockLot::free).sum();
                if (free < use.quantity()) {
                    return false;
                }
            }
            return true;
        }
    }
}
