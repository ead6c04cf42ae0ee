package com.regimen.plugin.spi;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A patient's answers, by question code, already checked against each question's
 * {@link AnswerType}: Boolean, String, List of String or LocalDate.
 *
 * @param medicineClasses the classes of the medicines the patient listed ({@code MEDICATIONS}), as Regimen's
 *                        medicine vocabulary recognised them (since SPI 1.1; empty when none were listed or
 *                        recognised). Regimen itself asks a clinician to review names it does not recognise.
 */
public record IntakeAnswers(Map<String, Object> values, Set<MedicineClass> medicineClasses) {
    public IntakeAnswers {
        values = Map.copyOf(values);
        medicineClasses = medicineClasses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(medicineClasses));
    }

    /** Answers without classified medicines: the SPI 1.0 constructor, kept for plugins and tests built on it. */
    public IntakeAnswers(Map<String, Object> values) {
        this(values, Set.of());
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

    /**
     * Whether the patient takes a medicine of any of {@code classes}: recognised by name in any
     * language or spelling, which {@link #listMentions} cannot do.
     *
     * @since SPI 1.1
     */
    public boolean takesMedicineOf(MedicineClass... classes) {
        for (MedicineClass medicineClass : classes) {
            if (medicineClasses.contains(medicineClass)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether any listed item contains one of {@code needles}, ignoring case.
     *
     * @deprecated substrings miss brand names, other spellings and Arabic; use {@link #takesMedicineOf}
     */
    @Deprecated
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
