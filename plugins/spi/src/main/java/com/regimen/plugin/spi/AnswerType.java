package com.regimen.plugin.spi;

/**
 * The type of an intake answer, and so of its value in {@link IntakeAnswers}: Boolean, String,
 * List of String, or java.time.LocalDate.
 */
public enum AnswerType {
    BOOLEAN,
    TEXT,
    LIST,
    DATE
}
