package com.regimen.web.api;

import com.regimen.core.patients.Patient;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;

public record PatientView(String id, String name, @Schema(nullable = true) LocalDate dateOfBirth,
                          @Schema(nullable = true) String phone, @Schema(nullable = true) String email,
                          @Schema(nullable = true) String locale,
                          Instant createdAt) {
    public static PatientView of(Patient p) {
        return new PatientView(p.id(), p.name(), p.dateOfBirth(), p.phone(), p.email(), p.locale(), p.createdAt());
    }
}
