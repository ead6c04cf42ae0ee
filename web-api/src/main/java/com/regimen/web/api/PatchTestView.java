package com.regimen.web.api;

import com.regimen.core.patients.PatchTest;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/** A patch test as the API shows it: when it was applied and read, and whether the skin reacted. */
public record PatchTestView(String id, String patientId, String treatmentId, Instant appliedAt, Instant readAt,
                            boolean reaction, @Schema(nullable = true) String notes, String recordedBy,
                            Instant recordedAt) {
    public static PatchTestView of(PatchTest test) {
        return new PatchTestView(test.id(), test.patientId(), test.treatmentId(), test.appliedAt(), test.readAt(),
                test.reaction(), test.notes(), test.recordedBy(), test.recordedAt());
    }
}
