package com.regimen.plugin.testkit;

import com.regimen.plugin.spi.CommonQuestions;
import com.regimen.plugin.spi.IntakeAnswers;
import com.regimen.plugin.spi.IntakeQuestion;
import com.regimen.plugin.spi.MedicineClass;
import com.regimen.plugin.spi.ScreeningSubject;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Intake fixtures: a healthy adult, one answer changed, and random well-typed answers. Every subject
 * carries an as-of date ({@link #AS_OF}, or a random one), as Regimen's always do since SPI 1.1.
 */
public final class Intakes {
    private Intakes() {
    }

    /** Every common question, and {@code questions}, answered as a healthy adult would: no, none. */
    public static Map<String, Object> healthyAdult(List<IntakeQuestion> questions) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (IntakeQuestion question : allQuestions(questions)) {
            answers.put(question.code(), neutral(question));
        }
        return answers;
    }

    /**
     * The as-of date the fixtures screen for (SPI 1.1): a fixed day, so a plugin's tests never depend on
     * the day they run.
     */
    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);

    public static ScreeningSubject subject(Map<String, Object> answers) {
        return new ScreeningSubject(35, new IntakeAnswers(answers), AS_OF);
    }

    /** A subject screened for a session on {@code asOf}. */
    public static ScreeningSubject subject(Map<String, Object> answers, LocalDate asOf) {
        return new ScreeningSubject(35, new IntakeAnswers(answers), asOf);
    }

    /** A healthy adult with one answer changed. */
    public static ScreeningSubject healthyAdultWith(List<IntakeQuestion> questions, String code, Object value) {
        Map<String, Object> answers = new HashMap<>(healthyAdult(questions));
        answers.put(code, value);
        return subject(answers);
    }

    /**
     * A healthy adult who takes medicines of {@code classes}, as Regimen's medicine vocabulary would
     * report them (SPI 1.1); the {@code MEDICATIONS} list names them as the patient might.
     */
    public static ScreeningSubject healthyAdultTaking(List<IntakeQuestion> questions, List<String> listed,
                                                      MedicineClass... classes) {
        Map<String, Object> answers = new HashMap<>(healthyAdult(questions));
        answers.put(CommonQuestions.MEDICATIONS.code(), List.copyOf(listed));
        return new ScreeningSubject(35, new IntakeAnswers(answers, Set.of(classes)), AS_OF);
    }

    /** Random answers of the right types, some missing, and random medicine classes, for robustness checks. */
    public static ScreeningSubject random(List<IntakeQuestion> questions, Random random) {
        Map<String, Object> answers = new HashMap<>();
        for (IntakeQuestion question : allQuestions(questions)) {
            if (random.nextInt(5) == 0) {
                continue;
            }
            answers.put(question.code(), switch (question.type()) {
                case BOOLEAN -> random.nextBoolean();
                case TEXT -> randomText(random);
                case LIST -> randomList(random);
                case DATE -> LocalDate.of(1950, 1, 1).plusDays(random.nextInt(30_000));
            });
        }
        Integer age = random.nextInt(4) == 0 ? null : random.nextInt(100);
        Set<MedicineClass> classes = EnumSet.noneOf(MedicineClass.class);
        for (MedicineClass medicineClass : MedicineClass.values()) {
            if (random.nextInt(6) == 0) {
                classes.add(medicineClass);
            }
        }
        LocalDate asOf = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(20_000));
        return new ScreeningSubject(age, new IntakeAnswers(answers, classes), asOf);
    }

    public static List<IntakeQuestion> allQuestions(List<IntakeQuestion> pluginQuestions) {
        List<IntakeQuestion> all = new ArrayList<>(pluginQuestions);
        for (Field field : CommonQuestions.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == IntakeQuestion.class) {
                try {
                    IntakeQuestion common = (IntakeQuestion) field.get(null);
                    if (all.stream().noneMatch(q -> q.code().equals(common.code()))) {
                        all.add(common);
                    }
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return all;
    }

    private static Object neutral(IntakeQuestion question) {
        return switch (question.type()) {
            case BOOLEAN -> false;
            case TEXT -> "";
            case LIST -> List.of();
            case DATE -> LocalDate.of(2000, 1, 1);
        };
    }

    private static String randomText(Random random) {
        String[] samples = {"", "aspirin", "أسبرين", "none", "x".repeat(500), "\u0000", "💉", "'; DROP TABLE x; --"};
        return samples[random.nextInt(samples.length)];
    }

    private static List<String> randomList(Random random) {
        List<String> items = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            items.add(randomText(random));
        }
        return items;
    }
}
