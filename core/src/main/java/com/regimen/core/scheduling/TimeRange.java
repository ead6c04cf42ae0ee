package com.regimen.core.scheduling;

import java.time.LocalTime;

/** A span of local wall-clock time within one day, {@code from} inclusive, {@code to} exclusive. */
public record TimeRange(LocalTime from, LocalTime to) {
    public boolean overlaps(TimeRange other) {
        return from.isBefore(other.to) && other.from.isBefore(to);
    }

    public boolean contains(LocalTime start, LocalTime end) {
        return !start.isBefore(from) && !end.isAfter(to) && start.isBefore(end);
    }
}
