package com.regimen.web.errors;

import com.regimen.plugin.spi.ScreeningFinding;
import com.regimen.web.api.ScreeningView;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A refusal's screening findings in the shape the screenings themselves answer
 * ({@link ScreeningView.Finding}: {@code message} in the request's language, {@code messages} in both),
 * so a client reads findings one way wherever they appear.
 */
final class ProblemFindings {
    private ProblemFindings() {
    }

    static Map<String, Object> inLanguage(Map<String, Object> extensions, String language) {
        if (!(extensions.get("findings") instanceof List<?> findings)
                || findings.stream().noneMatch(ScreeningFinding.class::isInstance)) {
            return extensions;
        }
        Map<String, Object> shaped = new LinkedHashMap<>(extensions);
        shaped.put("findings", findings.stream()
                .map(f -> f instanceof ScreeningFinding finding ? ScreeningView.Finding.of(finding, language) : f)
                .toList());
        return shaped;
    }
}
