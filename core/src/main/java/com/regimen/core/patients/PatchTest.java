package com.regimen.core.patients;

import java.time.Instant;

/**
 * A small-area skin test before a treatment (mesotherapy requires one without reaction): applied,
 * then read some time later.
 */
public record PatchTest(String id, String patientId, String treatmentId, Instant appliedAt, Instant readAt,
                        boolean reaction, String notes, String recordedBy, Instant recordedAt) {
}
