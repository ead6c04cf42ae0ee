package com.regimen.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * A day at the benchmark clinic laid out so that no two sessions clash: every room runs a
 * 60-minute PRP session every 75 minutes (60 plus 15 turnover) from 07:00, twelve a day, and the
 * ten rooms at any one time are served by ten different practitioners (alternating halves of the
 * twenty). So a day holds {@link #PER_DAY} sessions, and slot {@code n} of a day is always the
 * same room, practitioner and time. The booking benchmark and the data generator both use it, so
 * a benchmark booking is refused only when it races another for the same slot.
 */
public final class SlotPlan {
    public static final int STARTS_PER_DAY = 12;
    public static final int PER_DAY = STARTS_PER_DAY * BenchClinic.ROOMS;
    public static final Duration SESSION = Duration.ofMinutes(60);
    public static final Duration TURNOVER = Duration.ofMinutes(15);
    private static final LocalTime FIRST = LocalTime.parse(BenchClinic.OPENS);

    /** One session's place: indexes into the clinic's sorted rooms and practitioners. */
    public record Slot(LocalDate day, int room, int practitioner, Instant start, Instant end, Instant roomFreeAt) {
    }

    private SlotPlan() {
    }

    public static Slot slot(ZoneId zone, LocalDate day, int indexInDay) {
        if (indexInDay < 0 || indexInDay >= PER_DAY) {
            throw new IllegalArgumentException("slot " + indexInDay + " of " + PER_DAY);
        }
        int room = indexInDay % BenchClinic.ROOMS;
        int startIndex = indexInDay / BenchClinic.ROOMS;
        int practitioner = room + BenchClinic.ROOMS * (startIndex % 2);
        Instant start = day.atTime(FIRST.plus(SESSION.plus(TURNOVER).multipliedBy(startIndex))).atZone(zone).toInstant();
        Instant end = start.plus(SESSION);
        return new Slot(day, room, practitioner, start, end, end.plus(TURNOVER));
    }

    /** The {@code n}th slot counting from the first slot of {@code firstDay}. */
    public static Slot nth(ZoneId zone, LocalDate firstDay, long n) {
        return slot(zone, firstDay.plusDays(n / PER_DAY), (int) (n % PER_DAY));
    }
}
