package com.regimen.core.patients;

import com.regimen.core.database.StorableDates;
import com.regimen.core.errors.DomainException;
import com.regimen.core.errors.FieldError;
import com.regimen.core.errors.ErrorKind;
import com.regimen.core.plugins.LoadedPlugin;
import com.regimen.core.plugins.PluginLoadException;
import com.regimen.core.plugins.PluginRegistry;
import com.regimen.plugin.spi.IntakeQuestion;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every intake question the installed plugins ask, once per code. Two plugins that use one code
 * for different answer types would make one answer mean two things: that refuses start-up.
 */
public final class IntakeCatalog {
    private static final int MAX_TEXT = 2000;
    private static final int MAX_ITEMS = 50;
    private static final int MAX_ITEM = 200;

    private final Map<String, IntakeQuestion> byCode = new LinkedHashMap<>();

    public IntakeCatalog(PluginRegistry plugins) {
        for (LoadedPlugin plugin : plugins.all()) {
            for (IntakeQuestion question : plugin.protocol().intakeQuestions()) {
                IntakeQuestion existing = byCode.putIfAbsent(question.code(), question);
                if (existing != null && existing.type() != question.type()) {
                    throw new PluginLoadException("Intake question " + question.code() + " is " + question.type()
                            + " in plugin " + plugin.id() + " (" + plugin.source() + ") but " + existing.type()
                            + " in another plugin");
                }
            }
        }
    }

    /** The questions of the given treatments, each code once, in the treatments' order. */
    public static List<IntakeQuestion> questionsOf(List<LoadedPlugin> treatments) {
        Map<String, IntakeQuestion> questions = new LinkedHashMap<>();
        treatments.forEach(t -> t.protocol().intakeQuestions().forEach(q -> questions.putIfAbsent(q.code(), q)));
        return List.copyOf(questions.values());
    }

    /**
     * Checks raw JSON values against the questions' types and returns them typed: Boolean, String,
     * List of String, LocalDate. Only {@code askedCodes} (the questions of the treatments the
     * tenant offers) are accepted. Every problem is reported at once, by field.
     */
    public Map<String, Object> parse(Map<String, Object> raw, java.util.Set<String> askedCodes) {
        Map<String, Object> typed = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (Map.Entry<String, Object> entry : raw.entrySet()) {
            String field = "answers." + entry.getKey();
            IntakeQuestion question = askedCodes.contains(entry.getKey()) ? byCode.get(entry.getKey()) : null;
            if (question == null) {
                errors.add(new FieldError(field, "is not a question of any treatment this clinic offers"));
                continue;
            }
            Object value = entry.getValue();
            if (value == null) {
                continue; // null means "not answered"
            }
            Object parsed = switch (question.type()) {
                case BOOLEAN -> value instanceof Boolean b ? b : null;
                case TEXT -> value instanceof String s && s.length() <= MAX_TEXT ? s : null;
                case LIST -> list(value);
                case DATE -> date(value);
            };
            if (parsed == null) {
                errors.add(new FieldError(field, "must be " + describe(question)));
            } else {
                typed.put(entry.getKey(), parsed);
            }
        }
        if (!errors.isEmpty()) {
            throw new DomainException(ErrorKind.INVALID, "VALIDATION_FAILED", "Some answers are not valid.", errors,
                    Map.of());
        }
        return typed;
    }

    /** Reads stored answers (dates are ISO strings in JSON) back into their types. */
    public Map<String, Object> fromStored(Map<String, Object> stored) {
        Map<String, Object> typed = new LinkedHashMap<>();
        stored.forEach((code, value) -> {
            IntakeQuestion question = byCode.get(code);
            if (question != null && value != null) {
                typed.put(code, switch (question.type()) {
                    case DATE -> date(value);
                    case LIST -> list(value);
                    default -> value;
                });
            }
        });
        return typed;
    }

    private static List<String> list(Object value) {
        if (!(value instanceof List<?> items) || items.size() > MAX_ITEMS) {
            return null;
        }
        List<String> strings = new ArrayList<>();
        for (Object item : items) {
            if (!(item instanceof String s) || s.length() > MAX_ITEM) {
                return null;
            }
            strings.add(s);
        }
        return List.copyOf(strings);
    }

    private static LocalDate date(Object value) {
        LocalDate day;
        if (!(value instanceof String s)) {
            day = value instanceof LocalDate d ? d : null;
        } else {
            try {
                day = LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return StorableDates.fits(day) ? day : null;
    }

    private static String describe(IntakeQuestion question) {
        return switch (question.type()) {
            case BOOLEAN -> "true or false";
            case TEXT -> "text of at most " + MAX_TEXT + " characters";
            case LIST -> "a list of at most " + MAX_ITEMS + " texts";
            case DATE -> "a date like 2026-12-01, " + StorableDates.RULE.replace("must be ", "");
        };
    }
}
