package com.regimen.core.patients;

import com.regimen.plugin.spi.ScreeningFinding;

import java.time.Instant;
import java.util.List;

/** A judged screening: which answers (intake version), judged by which plugin version, with what result. */
public record Screening(String id, String patientId, String treatmentId, String pluginVersion, String locationId,
                        Integer intakeVersion, ScreeningOutcome outcome, List<ScreeningFinding> findings,
                        Instant createdAt) {
}
