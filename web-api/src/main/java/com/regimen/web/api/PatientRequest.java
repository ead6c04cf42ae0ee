package com.regimen.web.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

public record PatientRequest(@NotBlank @Size(max = 200) String name, @Storable LocalDate dateOfBirth,
                             @Size(max = 40) String phone, @Size(max = 254) String email,
                             @Size(max = 10) String locale) {
}
