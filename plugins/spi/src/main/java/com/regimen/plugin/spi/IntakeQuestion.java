package com.regimen.plugin.spi;

/**
 * A question a treatment needs answered before screening. Plugins share one code for one fact
 * (use {@link CommonQuestions} where one fits), so a patient answers it once for every treatment.
 *
 * @param code     UPPER_SNAKE, stable
 * @param required whether screening needs an answer: Regimen reports a missing required answer itself, as a
 *                 BLOCK finding with the code {@code INTAKE_INCOMPLETE} (a screening cannot clear what it was
 *                 not told), before the plugin is asked
 */
public record IntakeQuestion(String code, AnswerType type, LocalizedText text, boolean required) {
}
