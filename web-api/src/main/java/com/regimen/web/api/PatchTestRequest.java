package com.regimen.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** A patch test: when it was applied, when it was read, and whether the skin reacted. */
public record PatchTestRequest(@NotBlank @Size(max = 40) String treatmentId, @NotNull @Storable Instant appliedAt,
                               @NotNull @Storable Instant readAt, @NotNull Boolean reaction,
                               @Size(max = 1000) @Schema(nullable = true) String notes) {
}
