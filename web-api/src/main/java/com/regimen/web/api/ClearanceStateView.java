package com.regimen.web.api;

import com.regimen.core.booking.ClinicalState;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/** Whether an appointment's findings need a physician's clearance, and if cleared, by whom until when. */
public record ClearanceStateView(ClinicalState.ClearanceStatus status,
                                 @Schema(nullable = true, description = "when CLEARED") String clearanceId,
                                 @Schema(nullable = true, description = "when CLEARED") String physicianId,
                                 @Schema(nullable = true, description = "when CLEARED") String physicianName,
                                 @Schema(nullable = true, description = "when CLEARED") Instant expiresAt) {
    public static ClearanceStateView of(ClinicalState.ClearanceState state) {
        return new ClearanceStateView(state.status(), state.clearanceId(), state.physicianId(), state.physicianName(),
                state.expiresAt());
    }
}
