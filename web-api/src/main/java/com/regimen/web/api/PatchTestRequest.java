package com.regimen.web.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

public record PatchTestRequest(@NotBlank @Size(max = 40) String treatmentId, @NotNull @Storable Instant performedAt,
                               @NotNull Boolean reaction, @Size(max = 1000) String notes) {
}
