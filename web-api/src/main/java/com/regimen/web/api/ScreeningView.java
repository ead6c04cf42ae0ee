package com.regimen.web.api;

import com.regimen.core.patients.Screening;
import com.regimen.core.patients.ScreeningOutcome;
import com.regimen.plugin.spi.LocalizedText;
import com.regimen.plugin.spi.Severity;

import java.time.Instant;
import java.util.List;

public record ScreeningView(String id, String patientId, String treatmentId, String pluginVersion, String locationId,
                            Integer intakeVersion, ScreeningOutcome outcome, List<Finding> findings,
                            Instant createdAt) {
    /** {@code message} in the request's language; {@code messages} in both. */
    public record Finding(String code, Severity severity, String message, LocalizedText messages) {
    }

    public static ScreeningView of(Screening s, String language) {
        return new ScreeningView(s.id(), s.patientId(), s.treatmentId(), s.pluginVersion(), s.locationId(),
                s.intakeVersion(), s.outcome(),
                s.findings().stream().map(f -> new Finding(f.code(), f.severity(), f.message().in(language),
                        f.message())).toList(),
                s.createdAt());
    }
}
