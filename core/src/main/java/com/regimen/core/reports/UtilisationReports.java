package com.regimen.core.reports;

import com.regimen.core.identity.StaffIdentity;
import com.regimen.core.scheduling.Location;
import com.regimen.core.scheduling.Practitioner;
import com.regimen.core.scheduling.PractitionerDao;
import com.regimen.core.scheduling.Room;
import com.regimen.core.scheduling.Shift;
import com.regimen.core.scheduling.TimeRange;
import org.jdbi.v3.core.Jdbi;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Utilisation of rooms and practitioners: booked minutes over open minutes. */
public final class UtilisationReports {
    private final Jdbi jdbi;
    private final ReportScope scope;

    public UtilisationReports(Jdbi jdbi, ReportScope scope) {
        this.jdbi = jdbi;
        this.scope = scope;
    }

    public UtilisationReport utilisation(StaffIdentity reader, String locationId, ReportRange range) {
        List<Location> locations = scope.locations(reader, locationId);
        List<Practitioner> practitioners = scope.practitioners(reader);
        List<UtilisationReport.UtilisationLine> lines = new ArrayList<>();
        jdbi.useHandle(handle -> {
            ReportDao dao = handle.attach(ReportDao.class);
            PractitionerDao practitionerDao = handle.attach(PractitionerDao.class);
            for (Location location : locations) {
                Instant from = range.startAt(location);
                Instant to = range.endAt(location);
                Map<String, Long> byRoom = booked(dao.bookedMinutes(reader.tenantId(), location.id(), from, to,
                        "a.room_id"));
                Map<String, Long> byPractitioner = booked(dao.bookedMinutes(reader.tenantId(), location.id(), from,
                        to, "a.practitioner_id"));
                long locationOpen = openMinutes(location, range);
                for (Room room : scope.rooms(reader, location.id())) {
                    long booked = byRoom.getOrDefault(room.id(), 0L);
                    if (room.active() || booked > 0) {
                        lines.add(line(UtilisationReport.Kind.ROOM, room.id(), room.name(), location, booked,
                                locationOpen));
                    }
                }
                for (Practitioner practitioner : practitioners) {
                    long booked = byPractitioner.getOrDefault(practitioner.id(), 0L);
                    List<PractitionerDao.TimeOffRow> timeOff = practitionerDao.timeOffFrom(reader.tenantId(),
                            practitioner.id(), from);
                    long open = shiftMinutes(practitioner, location, range, timeOff);
                    if (open > 0 || booked > 0) {
                        lines.add(line(UtilisationReport.Kind.PRACTITIONER, practitioner.id(), practitioner.name(),
                                location, booked, open));
                    }
                }
            }
        });
        return new UtilisationReport(range, lines);
    }

    private static UtilisationReport.UtilisationLine line(UtilisationReport.Kind kind, String id, String name, Location location,
                                               long booked, long open) {
        return new UtilisationReport.UtilisationLine(kind, id, name, location.id(), location.name(), booked, open,
                AttendanceReports.rate(booked, open));
    }

    private static Map<String, Long> booked(List<ReportDao.BookedMinutes> rows) {
        return rows.stream().collect(Collectors.toMap(ReportDao.BookedMinutes::resourceId,
                ReportDao.BookedMinutes::minutes));
    }

    static long openMinutes(Location location, ReportRange range) {
        long minutes = 0;
        for (LocalDate day = range.from(); !day.isAfter(range.to()); day = day.plusDays(1)) {
            for (TimeRange hours : location.hoursOn(day)) {
                minutes += between(location, day, hours, List.of());
            }
        }
        return minutes;
    }

    static long shiftMinutes(Practitioner practitioner, Location location, ReportRange range,
                             List<PractitionerDao.TimeOffRow> timeOff) {
        long minutes = 0;
        for (LocalDate day = range.from(); !day.isAfter(range.to()); day = day.plusDays(1)) {
            if (location.hoursOn(day).isEmpty()) {
                continue;
            }
            for (Shift shift : practitioner.schedule()) {
                if (shift.locationId().equals(location.id()) && shift.day() == day.getDayOfWeek()) {
                    minutes += between(location, day, shift.hours(), timeOff);
                }
            }
        }
        return minutes;
    }

    /** Minutes of a local time range on a day in the location's zone, less any time off that overlaps it. */
    private static long between(Location location, LocalDate day, TimeRange hours,
                                List<PractitionerDao.TimeOffRow> timeOff) {
        Instant start = day.atTime(hours.from()).atZone(location.timezone()).toInstant();
        Instant end = day.atTime(hours.to()).atZone(location.timezone()).toInstant();
        long minutes = Duration.between(start, end).toMinutes();
        for (PractitionerDao.TimeOffRow off : timeOff) {
            Instant overlapStart = off.startsAt().isAfter(start) ? off.startsAt() : start;
            Instant overlapEnd = off.endsAt().isBefore(end) ? off.endsAt() : end;
            if (overlapEnd.isAfter(overlapStart)) {
                minutes -= Duration.between(overlapStart, overlapEnd).toMinutes();
            }
        }
        return Math.max(0, minutes);
    }
}
