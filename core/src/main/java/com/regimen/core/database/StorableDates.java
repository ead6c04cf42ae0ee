package com.regimen.core.database;

import com.regimen.core.errors.DomainException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The one rule for every date and instant a client sends: from 1900-01-01 to 8999-12-31. MariaDB's
 * DATE and DATETIME(6) stop at 9999-12-31, and the booking engine adds durations (a session, a
 * course's intervals, a zone's offset) to what it is given, so the last accepted day leaves a
 * thousand years' room; nothing a clinic records is older than 1900. Java's own range (year
 * ±999,999,999) is far wider, which is how {@code +999999999-12-31T23:59:59Z} reached the database
 * and failed there as a 500.
 */
public final class StorableDates {
    public static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(8999, 12, 31);
    public static final String RULE = "must be between 1900-01-01 and 8999-12-31";
    private static final Instant FIRST_INSTANT = FIRST_DAY.atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant AFTER_LAST_INSTANT = LAST_DAY.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();

    private StorableDates() {
    }

    public static boolean fits(LocalDate day) {
        return day == null || (!day.isBefore(FIRST_DAY) && !day.isAfter(LAST_DAY));
    }

    public static boolean fits(Instant instant) {
        return instant == null || (!instant.isBefore(FIRST_INSTANT) && instant.isBefore(AFTER_LAST_INSTANT));
    }

    /** @throws DomainException 400 VALIDATION_FAILED naming {@code field} when the day is out of range */
    public static LocalDate check(String field, LocalDate day) {
        if (!fits(day)) {
            throw DomainException.invalid(field, RULE);
        }
        return day;
    }

    /** @throws DomainException 400 VALIDATION_FAILED naming {@code field} when the instant is out of range */
    public static Instant check(String field, Instant instant) {
        if (!fits(instant)) {
            throw DomainException.invalid(field, RULE);
        }
        return instant;
    }
}
