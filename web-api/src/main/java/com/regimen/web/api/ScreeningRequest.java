package com.regimen.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code locationId} is recorded with the screening; booking checks the location's accreditation. */
public record ScreeningRequest(@NotBlank @Size(max = 64) String patientId, @NotBlank @Size(max = 40) String treatmentId,
                               @Size(max = 64) @Schema(nullable = true) String locationId) {
}
