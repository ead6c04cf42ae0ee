package com.regimen.plugin.spi;

/**
 * What a plugin may know of a patient: clinical facts only, never a name or a way to reach them.
 *
 * @param ageYears null when the date of birth is unknown
 */
public record ScreeningSubject(Integer ageYears, IntakeAnswers answers) {
}
