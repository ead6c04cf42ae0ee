package com.regimen.core.patients;

import java.time.Instant;
import java.time.LocalDate;

/** A patient of the clinic chain. Name and contact details never reach a plugin. */
public record Patient(String tenantId, String id, String name, LocalDate dateOfBirth, String phone, String email,
                      String locale, Instant createdAt) {
}
