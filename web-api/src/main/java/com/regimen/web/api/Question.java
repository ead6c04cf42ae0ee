package com.regimen.web.api;

import com.regimen.plugin.spi.AnswerType;
import com.regimen.plugin.spi.IntakeQuestion;

import java.util.List;

/** An intake question, localized, for a form to render. */
public record Question(String code, AnswerType type, String text, boolean required) {
    public static List<Question> of(List<IntakeQuestion> questions, String language) {
        return questions.stream()
                .map(q -> new Question(q.code(), q.type(), q.text().in(language), q.required()))
                .toList();
    }
}
