package com.regimen.core.scheduling;

import java.time.LocalDate;

/** A day a location is closed (a holiday, a renovation). */
public record Closure(LocalDate date, String reason) {
}
