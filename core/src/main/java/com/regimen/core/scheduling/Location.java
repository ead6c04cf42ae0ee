package com.regimen.core.scheduling;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A clinic branch. Its opening hours are local wall-clock times in {@code timezone}; booking turns
 * them into instants day by day, so daylight-saving changes land right.
 */
public record Location(String tenantId, String id, String name, ZoneId timezone, String currency,
                       Map<DayOfWeek, List<TimeRange>> openingHours, List<Closure> closures,
                       Set<String> accreditations, int slotMinutes, boolean active, Instant createdAt,
                       Instant updatedAt) {

    public List<TimeRange> hoursOn(LocalDate date) {
        if (closures.stream().anyMatch(closure -> closure.date().equals(date))) {
            return List.of();
        }
        return openingHours.getOrDefault(date.getDayOfWeek(), List.of());
    }
}
