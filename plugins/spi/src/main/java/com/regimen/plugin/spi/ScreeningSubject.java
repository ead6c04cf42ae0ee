package com.regimen.plugin.spi;

import java.time.LocalDate;

/**
 * What a plugin may know of a patient: clinical facts only, never a name or a way to reach them.
 *
 * @param ageYears null when the date of birth is unknown
 * @param asOf     the screening's as-of date: the day of the session screened for (today when no session
 *                 is booked yet). Regimen always sets it (since SPI 1.1); null only for a subject built
 *                 with the SPI 1.0 constructor, e.g. by a 1.0 plugin's own tests.
 */
public record ScreeningSubject(Integer ageYears, IntakeAnswers answers, LocalDate asOf) {

    /**
     * A subject without an as-of date: the SPI 1.0 constructor, kept so plugins and tests built on it
     * keep compiling and running.
     */
    public ScreeningSubject(Integer ageYears, IntakeAnswers answers) {
        this(ageYears, answers, null);
    }
}
