package com.regimen.web.api;

import com.regimen.core.patients.IntakeRecord;

import java.time.Instant;
import java.util.Map;

public record IntakeView(String patientId, int version, Map<String, Object> answers, String recordedBy,
                         Instant recordedAt) {
    public static IntakeView of(IntakeRecord r) {
        return new IntakeView(r.patientId(), r.version(), r.answers(), r.recordedBy(), r.recordedAt());
    }
}
