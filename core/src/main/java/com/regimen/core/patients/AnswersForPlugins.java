package com.regimen.core.patients;

import com.regimen.core.medicines.MedicineLists;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A patient's answers as a plugin reads them: in a list answer, an entry that says there is nothing
 * ("none", «لا يوجد», a dash) is no entry, so "none" typed under allergies is not an allergy
 * (a physician's review). The stored intake keeps what the patient wrote.
 */
final class AnswersForPlugins {
    private AnswersForPlugins() {
    }

    static Map<String, Object> of(Map<String, Object> answers) {
        Map<String, Object> read = new LinkedHashMap<>();
        answers.forEach((code, value) -> read.put(code, value instanceof List<?> list ? list.stream()
                .filter(item -> !(item instanceof String text) || !MedicineLists.saysNone(text)).toList() : value));
        return read;
    }
}
