package com.regimen.core.booking;

import com.regimen.core.scheduling.Location;
import com.regimen.core.scheduling.Practitioner;
import com.regimen.core.scheduling.Room;
import com.regimen.core.scheduling.Shift;
import com.regimen.core.scheduling.TimeRange;
import com.regimen.plugin.spi.TreatmentProtocol;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Which practitioner, room and hours a treatment may use: the one copy of these rules (whether the
 * location offers the treatment at all is {@link LocationOffer}'s).
 * Availability filters with them and the slot allocation checks with them under its locks, so a
 * slot that availability offers is one that booking accepts.
 */
final class ResourceRules {
    private ResourceRules() {
    }

    /** Active, with an unexpired licence of a kind the treatment needs on that day. */
    static boolean qualified(Practitioner practitioner, TreatmentProtocol protocol, LocalDate day) {
        return practitioner.active() && practitioner.qualifiedFor(protocol.requiredCredentials(), day);
    }

    static boolean worksAt(Practitioner practitioner, String locationId) {
        return practitioner.schedule().stream().anyMatch(shift -> shift.locationId().equals(locationId));
    }

    /** Whether a shift at the location covers the whole of {@code from} to {@code to} on {@code day}. */
    static boolean onShift(Practitioner practitioner, String locationId, LocalDate day, LocalTime from, LocalTime to) {
        return covers(shiftsOn(practitioner, locationId, day), from, to);
    }

    /** The practitioner's shift hours at the location on {@code day} (its day of the week). */
    static List<TimeRange> shiftsOn(Practitioner practitioner, String locationId, LocalDate day) {
        return practitioner.schedule().stream()
                .filter(shift -> shift.locationId().equals(locationId) && shift.day() == day.getDayOfWeek())
                .map(Shift::hours).toList();
    }

    /** Whether one of {@code shifts} (a day's, from {@link #shiftsOn}) covers the whole of {@code from} to {@code to}. */
    static boolean covers(List<TimeRange> shifts, LocalTime from, LocalTime to) {
        for (TimeRange hours : shifts) {
            if (hours.contains(from, to)) {
                return true;
            }
        }
        return false;
    }

    /** Active, at the location, with every piece of equipment the treatment needs. */
    static boolean suitable(Room room, String locationId, TreatmentProtocol protocol) {
        return room.active() && room.locationId().equals(locationId)
                && room.equipment().containsAll(protocol.requiredEquipment());
    }

    /** Whether the session lies within one of the location's opening ranges that day, ending the same day. */
    static boolean withinHours(Location location, ZonedDateTime localStart, ZonedDateTime localEnd) {
        LocalDate day = localStart.toLocalDate();
        return localEnd.toLocalDate().equals(day) && location.hoursOn(day).stream()
                .anyMatch(hours -> within(hours, localStart, localEnd));
    }

    static boolean within(TimeRange hours, ZonedDateTime localStart, ZonedDateTime localEnd) {
        return localEnd.toLocalDate().equals(localStart.toLocalDate())
                && hours.contains(localStart.toLocalTime(), localEnd.toLocalTime());
    }
}
