package com.regimen.core.patients;

import java.time.LocalDate;

public record NewPatient(String name, LocalDate dateOfBirth, String phone, String email, String locale) {
}
