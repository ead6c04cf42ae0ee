package com.regimen.core.scheduling;

import com.regimen.core.errors.FieldError;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Opening hours by weekday, several ranges a day, as clients write them:
 * {@code {"MON": [["09:00","13:00"], ["14:00","18:00"]]}}. Parsing collects every problem by field.
 */
public final class WeeklyHours {
    private WeeklyHours() {
    }

    public static Map<DayOfWeek, List<TimeRange>> parse(String field, Map<String, List<List<String>>> raw,
                                                        List<FieldError> errors) {
        Map<DayOfWeek, List<TimeRange>> hours = new EnumMap<>(DayOfWeek.class);
        if (raw == null) {
            return hours;
        }
        raw.forEach((dayName, ranges) -> {
            String dayField = field + "." + dayName;
            DayOfWeek day = day(dayName);
            if (day == null) {
                errors.add(new FieldError(dayField, "must be one of MON, TUE, WED, THU, FRI, SAT, SUN"));
                return;
            }
            List<TimeRange> parsed = new ArrayList<>();
            for (int i = 0; ranges != null && i < ranges.size(); i++) {
                List<String> range = ranges.get(i);
                String rangeField = dayField + "[" + i + "]";
                if (range == null || range.size() != 2) {
                    errors.add(new FieldError(rangeField, "must be [\"HH:MM\", \"HH:MM\"]"));
                    continue;
                }
                LocalTime from = time(range.get(0));
                LocalTime to = time(range.get(1));
                if (from == null || to == null) {
                    errors.add(new FieldError(rangeField, "times must be HH:MM"));
                } else if (!from.isBefore(to)) {
                    errors.add(new FieldError(rangeField, "must end after it starts"));
                } else {
                    parsed.add(new TimeRange(from, to));
                }
            }
            parsed.sort(Comparator.comparing(TimeRange::from));
            for (int i = 1; i < parsed.size(); i++) {
                if (parsed.get(i).overlaps(parsed.get(i - 1))) {
                    errors.add(new FieldError(dayField, "ranges must not overlap"));
                }
            }
            hours.put(day, List.copyOf(parsed));
        });
        return hours;
    }

    public static DayOfWeek day(String name) {
        if (name == null) {
            return null;
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().substring(0, 3).equals(name.toUpperCase(Locale.ROOT))) {
                return day;
            }
        }
        return null;
    }

    public static String dayName(DayOfWeek day) {
        return day.name().substring(0, 3);
    }

    public static LocalTime time(String text) {
        if (text == null || !text.matches("\\d{2}:\\d{2}")) {
            return null;
        }
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
