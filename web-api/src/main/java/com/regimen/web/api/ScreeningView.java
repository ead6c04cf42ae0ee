package com.regimen.web.api;

import com.regimen.core.patients.Screening;
import com.regimen.core.patients.ScreeningOutcome;
import com.regimen.plugin.spi.LocalizedText;
import com.regimen.plugin.spi.ScreeningFinding;
import com.regimen.plugin.spi.Severity;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

public record ScreeningView(String id, String patientId, String treatmentId, String pluginVersion,
                            @Schema(nullable = true) String locationId,
                            @Schema(nullable = true) Integer intakeVersion, ScreeningOutcome outcome,
                            List<Finding> findings,
                            Instant createdAt) {
    /** {@code message} in the request's language; {@code messages} in both. */
    public record Finding(String code, Severity severity, String message, LocalizedText messages) {
        public static Finding of(ScreeningFinding finding, String language) {
            return new Finding(finding.code(), finding.severity(), finding.message().in(language), finding.message());
        }
    }

    public static ScreeningView of(Screening s, String language) {
        return new ScreeningView(s.id(), s.patientId(), s.treatmentId(), s.pluginVersion(), s.locationId(),
                s.intakeVersion(), s.outcome(),
                s.findings().stream().map(f -> Finding.of(f, language)).toList(),
                s.createdAt());
    }
}
