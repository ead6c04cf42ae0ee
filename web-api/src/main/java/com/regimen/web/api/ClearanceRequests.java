package com.regimen.web.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Request bodies of the clearance and clinical-settings endpoints. */
public final class ClearanceRequests {
    private ClearanceRequests() {
    }

    /** {@code findings}: codes of the current screening's CLEARANCE findings; left out, all of them. */
    public record NewClearance(@NotBlank @Size(max = 40) String treatmentId,
                               @Size(max = 50) List<@NotBlank @Size(max = 64) String> findings,
                               @NotBlank @Size(max = 2000) String note) {
    }

    public record Revoke(@Size(max = 500) String reason) {
    }

    public record Settings(@NotNull Integer clearanceValidDays, @NotNull Integer intakeValidDays) {
    }
}
