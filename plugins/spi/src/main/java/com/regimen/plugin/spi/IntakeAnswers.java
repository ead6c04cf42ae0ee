package com.regimen.plugin.spi;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A patient's answers, by question code, already checked against each question's
 * {@link AnswerType}: Boolean, String, List of String or LocalDate.
 */
public record IntakeAnswers(Map<String, Object> values) {
    public IntakeAnswers {
        values = Map.copyOf(values);
    }

    public boolean has(String code) {
        return values.containsKey(code);
    }

    /** True only when the answer is present and yes. */
    public boolean isTrue(String code) {
        return Boolean.TRUE.equals(values.get(code));
    }

    public Optional<String> text(String code) {
        return values.get(code) instanceof String s ? Optional.of(s) : Optional.empty();
    }

    @SuppressWarnings("unchecked")
    public List<String> list(String code) {
        return values.get(code) instanceof List<?> l ? (List<String>) l : List.of();
    }

    public Optional<LocalDate> date(String code) {
        return values.get(code) instanceof LocalDate d ? Optional.of(d) : Optional.empty();
    }

    /** Whether any listed item contains one of {@code needles}, ignoring case (e.g. medicines). */
    public boolean listMentions(String code, String... needles) {
        for (String item : list(code)) {
            String lower = item.toLowerCase(java.util.Locale.ROOT);
            for (String needle : needles) {
                if (lower.contains(needle.toLowerCase(java.util.Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }
}
