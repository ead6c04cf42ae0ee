package com.regimen.core.patients;

import java.time.Instant;
import java.util.Map;

/** One version of a patient's intake answers, typed. */
public record IntakeRecord(String patientId, int version, Map<String, Object> answers, String recordedBy,
                           Instant recordedAt) {
}
