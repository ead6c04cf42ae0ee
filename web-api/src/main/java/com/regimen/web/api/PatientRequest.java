package com.regimen.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

public record PatientRequest(@NotBlank @Size(max = 200) String name,
                             @Storable @Schema(nullable = true) LocalDate dateOfBirth,
                             @Size(max = 40) @Schema(nullable = true) String phone,
                             @Size(max = 254) @Schema(nullable = true) String email,
                             @Size(max = 10) @Schema(nullable = true) String locale) {
}
