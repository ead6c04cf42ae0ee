package com.regimen.plugin.spi;

import java.util.List;
import java.util.function.Predicate;

/**
 * A contraindication as data: when {@code applies} holds for a patient's answers, {@code finding}
 * is reported. Most plugins' screening is a list of these, evaluated in order.
 */
public record ScreeningRule(Predicate<IntakeAnswers> applies, ScreeningFinding finding) {

    /** Reported when the yes/no question {@code questionCode} is answered yes. */
    public static ScreeningRule whenYes(String questionCode, String findingCode, Severity severity,
                                        LocalizedText message) {
        return new ScreeningRule(answers -> answers.isTrue(questionCode),
                new ScreeningFinding(findingCode, severity, message));
    }

    /**
     * Reported when the patient takes a medicine of any of {@code classes}, whatever name or language
     * it was listed in.
     *
     * @since SPI 1.1
     */
    public static ScreeningRule whenTakes(java.util.Set<MedicineClass> classes, String findingCode,
                                          Severity severity, LocalizedText message) {
        MedicineClass[] wanted = classes.toArray(MedicineClass[]::new);
        return new ScreeningRule(answers -> answers.takesMedicineOf(wanted),
                new ScreeningFinding(findingCode, severity, message));
    }

    public static List<ScreeningFinding> evaluate(List<ScreeningRule> rules, ScreeningSubject subject) {
        return rules.stream()
                .filter(rule -> rule.applies().test(subject.answers()))
                .map(ScreeningRule::finding)
                .toList();
    }
}
