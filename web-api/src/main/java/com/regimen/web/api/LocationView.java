package com.regimen.web.api;

import com.regimen.core.scheduling.Location;
import com.regimen.core.scheduling.WeeklyHours;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** A location in the same shape clients send it: hours as {"MON": [["09:00","18:00"]]}. */
public record LocationView(String id, String name, String timezone, String currency,
                           Map<String, List<List<String>>> openingHours, List<ClosureView> closures,
                           List<String> accreditations, int slotMinutes, boolean active, Instant createdAt,
                           Instant updatedAt) {

    /** A day the location is closed (a holiday, a renovation). */
    public record ClosureView(LocalDate date, @Schema(nullable = true) String reason) {
    }

    public static LocationView of(Location l) {
        Map<String, List<List<String>>> hours = new LinkedHashMap<>();
        l.openingHours().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
                hours.put(WeeklyHours.dayName(e.getKey()), e.getValue().stream()
                        .map(r -> List.of(r.from().toString(), r.to().toString())).toList()));
        return new LocationView(l.id(), l.name(), l.timezone().getId(), l.currency(), hours,
                l.closures().stream().map(c -> new ClosureView(c.date(), c.reason())).toList(),
                List.copyOf(new TreeSet<>(l.accreditations())), l.slotMinutes(), l.active(), l.createdAt(),
                l.updatedAt());
    }
}
