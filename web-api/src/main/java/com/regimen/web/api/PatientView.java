package com.regimen.web.api;

import com.regimen.core.patients.Patient;

import java.time.Instant;
import java.time.LocalDate;

public record PatientView(String id, String name, LocalDate dateOfBirth, String phone, String email, String locale,
                          Instant createdAt) {
    public static PatientView of(Patient p) {
        return new PatientView(p.id(), p.name(), p.dateOfBirth(), p.phone(), p.email(), p.locale(), p.createdAt());
    }
}
