package com.regimen.web.api;

import com.regimen.core.clearance.Clearance;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** {@code valid}: unrevoked and unexpired now. */
public record ClearanceView(String id, String patientId, String treatmentId, List<String> findings, String note,
                            String screeningId, String physicianId, String physicianName, String clearedBy,
                            Instant clearedAt, Instant expiresAt, boolean valid,
                            @Schema(nullable = true) Instant revokedAt, @Schema(nullable = true) String revokedBy,
                            @Schema(nullable = true) String revokeReason) {
    public static ClearanceView of(Clearance c, Instant now) {
        return new ClearanceView(c.id(), c.patientId(), c.treatmentId(), c.findings(), c.note(), c.screeningId(),
                c.physicianId(), c.physicianName(), c.clearedBy(), c.clearedAt(), c.expiresAt(), c.validAt(now),
                c.revokedAt(), c.revokedBy(), c.revokeReason());
    }
}
