package com.regimen.web.api;

import com.regimen.core.booking.CompactSlots;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Bookable slots in their compact form: per day, per practitioner, the start times. */
@Schema(description = "Per day at the location, per practitioner, the instants a session can start. Each session "
        + "lasts the treatment's sessionMinutes; booking picks a free suitable room when none is named.")
public record CompactAvailabilityView(List<Day> days) {
    public record Day(@Schema(description = "The day in the location's time zone") LocalDate date,
                      List<PractitionerStarts> practitioners) {
    }

    public record PractitionerStarts(String practitionerId, List<Instant> starts) {
    }

    public static CompactAvailabilityView of(List<CompactSlots.PractitionerDay> compact) {
        Map<LocalDate, List<PractitionerStarts>> byDay = new LinkedHashMap<>();
        for (CompactSlots.PractitionerDay group : compact) {
            byDay.computeIfAbsent(group.day(), day -> new ArrayList<>())
                    .add(new PractitionerStarts(group.practitionerId(), group.starts()));
        }
        List<Day> days = new ArrayList<>();
        byDay.forEach((date, practitioners) -> days.add(new Day(date, practitioners)));
        return new CompactAvailabilityView(days);
    }
}
