package com.regimen.plugin.spi;

/**
 * How long a care instruction holds, counted from the session: back from it for pre-care, on from
 * it for after-care. A range ({@code 24} to {@code 48} hours) is how long the source allows, not a
 * window that starts later: "for 24-48 h after" holds from the session for at least 24 hours and
 * up to 48. Zero hours is the session itself ("just before", "right after").
 *
 * @param span      whether the instruction holds for some hours, from the session on, or unstated
 * @param fromHours the least number of hours it holds ({@link Span#HOURS} only; else 0)
 * @param toHours   the most ({@link Span#HOURS} only; else 0)
 * @since SPI 1.1
 */
public record CareTiming(Span span, int fromHours, int toHours) {
    /** Just before, or right after, the session. */
    public static final CareTiming AT_SESSION = new CareTiming(Span.HOURS, 0, 0);
    /** From the session on, with no end the source gives (e.g. "use sunscreen every day"). */
    public static final CareTiming ONGOING = new CareTiming(Span.ONGOING, 0, 0);
    /** No timing known: what instructions bridged from an SPI 1.0 protocol's strings get. */
    public static final CareTiming UNSTATED = new CareTiming(Span.UNSTATED, 0, 0);

    private static final int LONGEST_HOURS = 365 * 24;

    /** How an instruction's time is given. */
    public enum Span {
        /** For {@code fromHours} to {@code toHours} hours. */
        HOURS,
        /** From the session on. */
        ONGOING,
        /** Not given. */
        UNSTATED
    }

    public CareTiming {
        if (span == null) {
            throw new IllegalArgumentException("span is null");
        }
        if (span == Span.HOURS && (fromHours < 0 || toHours < fromHours || toHours > LONGEST_HOURS)) {
            throw new IllegalArgumentException("hours must satisfy 0 <= from <= to <= " + LONGEST_HOURS
                    + ": " + fromHours + ".." + toHours);
        }
        if (span != Span.HOURS && (fromHours != 0 || toHours != 0)) {
            throw new IllegalArgumentException(span + " takes no hours");
        }
    }

    /** For exactly {@code hours} hours ("48 h before"). */
    public static CareTiming hours(int hours) {
        return new CareTiming(Span.HOURS, hours, hours);
    }

    /** For {@code from} to {@code to} hours ("for 24-48 h after"). */
    public static CareTiming hours(int from, int to) {
        return new CareTiming(Span.HOURS, from, to);
    }

    /** For {@code days} days ("for 7 days after"). */
    public static CareTiming days(int days) {
        return hours(Math.multiplyExact(days, 24));
    }

    /** For {@code from} to {@code to} days. */
    public static CareTiming days(int from, int to) {
        return hours(Math.multiplyExact(from, 24), Math.multiplyExact(to, 24));
    }

    /** The timing as a patient reads it, e.g. "For 24-48 h after the session"; empty when unstated. */
    public LocalizedText describe(CarePhase phase) {
        boolean before = phase == CarePhase.BEFORE;
        return switch (span) {
            case UNSTATED -> LocalizedText.of("", "");
            case ONGOING -> before
                    ? LocalizedText.of("في الأيام التي تسبق الجلسة", "In the days before the session")
                    : LocalizedText.of("بعد الجلسة وبشكل مستمر", "From the session on");
            case HOURS -> toHours == 0
                    ? (before ? LocalizedText.of("قبل الجلسة مباشرة", "Just before the session")
                    : LocalizedText.of("بعد الجلسة مباشرة", "Right after the session"))
                    : LocalizedText.of("لمدة " + arabicAmount() + (before ? " قبل الجلسة" : " بعد الجلسة"),
                    "For " + englishAmount() + (before ? " before the session" : " after the session"));
        };
    }

    private boolean inDays() {
        return fromHours % 24 == 0 && toHours % 24 == 0 && toHours >= 72;
    }

    private String englishAmount() {
        if (inDays()) {
            int from = fromHours / 24;
            int to = toHours / 24;
            return (from == to ? String.valueOf(to) : from + "-" + to) + (to == 1 ? " day" : " days");
        }
        return (fromHours == toHours ? String.valueOf(toHours) : fromHours + "-" + toHours) + " h";
    }

    private String arabicAmount() {
        boolean days = inDays();
        int from = days ? fromHours / 24 : fromHours;
        int to = days ? toHours / 24 : toHours;
        String number = from == to ? arabicDigits(to) : arabicDigits(from) + "-" + arabicDigits(to);
        // Arabic counts 3 to 10 with the plural, 11 and up (and 1) with the singular.
        boolean plural = to >= 3 && to <= 10;
        String unit = days ? (plural ? "أيام" : to == 1 ? "يوم" : "يومًا") : (plural ? "ساعات" : "ساعة");
        return number + " " + unit;
    }

    private static String arabicDigits(int number) {
        StringBuilder out = new StringBuilder();
        for (char c : Integer.toString(number).toCharArray()) {
            out.append((char) ('٠' + (c - '0')));
        }
        return out.toString();
    }
}
