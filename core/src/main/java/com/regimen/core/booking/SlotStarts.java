package com.regimen.core.booking;

import com.regimen.core.scheduling.TimeRange;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The wall-clock times a slot may start within one opening range: every step from the opening,
 * before the closing. Counted in seconds of the day, not with LocalTime arithmetic: LocalTime wraps
 * at midnight, so a loop stepping a LocalTime towards 23:50 in 15-minute steps never ends.
 */
public final class SlotStarts {
    private SlotStarts() {
    }

    public static List<LocalTime> within(TimeRange hours, int stepMinutes) {
        if (stepMinutes <= 0) {
            throw new IllegalArgumentException("step must be positive: " + stepMinutes);
        }
        int end = hours.to().toSecondOfDay();
        int step = stepMinutes * 60;
        List<LocalTime> starts = new ArrayList<>();
        for (int second = hours.from().toSecondOfDay(); second < end; second += step) {
            starts.add(LocalTime.ofSecondOfDay(second));
        }
        return starts;
    }
}
