package com.regimen.core.scheduling;

import java.time.DayOfWeek;

/** A weekly working block at a location, in that location's local time. */
public record Shift(String locationId, DayOfWeek day, TimeRange hours) {
}
