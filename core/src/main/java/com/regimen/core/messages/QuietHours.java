package com.regimen.core.messages;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * The hours no message goes out, in a location's own zone: from {@code from} until {@code to}, over
 * midnight when {@code from} is later (21:00 to 08:00). A message due inside them waits for their end.
 */
public record QuietHours(LocalTime from, LocalTime to) {
    /** When a message due at {@code now} may go instead; empty: now is fine. */
    public Optional<Instant> deferral(Instant now, ZoneId zone) {
        if (from.equals(to)) {
            return Optional.empty();
        }
        ZonedDateTime local = now.atZone(zone);
        LocalTime time = local.toLocalTime();
        boolean overMidnight = from.isAfter(to);
        boolean quiet = overMidnight ? !time.isBefore(from) || time.isBefore(to)
                : !time.isBefore(from) && time.isBefore(to);
        if (!quiet) {
            return Optional.empty();
        }
        ZonedDateTime end = local.toLocalDate().atTime(to).atZone(zone);
        if (!end.isAfter(local)) {
            end = local.toLocalDate().plusDays(1).atTime(to).atZone(zone);
        }
        return Optional.of(end.toInstant());
    }
}
