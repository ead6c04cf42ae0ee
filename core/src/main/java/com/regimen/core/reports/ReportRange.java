package com.regimen.core.reports;

import com.regimen.core.errors.DomainException;
import com.regimen.core.scheduling.Location;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The local days a report covers, {@code from} to {@code to} inclusive. Each location reads them in
 * its own zone, so a chain's report counts 1 January from midnight in Riyadh and from midnight in
 * Dubai, each at its own branch.
 */
public record ReportRange(LocalDate from, LocalDate to) {
    /** Longer ranges are asked of summary exports, not of an interactive report. */
    public static final int MAX_DAYS = 366;

    public static ReportRange of(LocalDate from, LocalDate to) {
        if (from == null) {
            throw DomainException.invalid("from", "is required (YYYY-MM-DD)");
        }
        if (to == null) {
            throw DomainException.invalid("to", "is required (YYYY-MM-DD)");
        }
        if (to.isBefore(from)) {
            throw DomainException.invalid("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw DomainException.invalid("to", "must be at most " + MAX_DAYS + " days after from");
        }
        return new ReportRange(from, to);
    }

    /** Midnight starting {@code from} at the location. */
    public Instant startAt(Location location) {
        return from.atStartOfDay(location.timezone()).toInstant();
    }

    /** Midnight ending {@code to} at the location (exclusive). */
    public Instant endAt(Location location) {
        return to.plusDays(1).atStartOfDay(location.timezone()).toInstant();
    }
}
