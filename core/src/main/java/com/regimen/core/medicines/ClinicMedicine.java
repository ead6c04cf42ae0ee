package com.regimen.core.medicines;

import com.regimen.plugin.spi.MedicineClass;

import java.time.Instant;

/** A name a clinic added to its medicine vocabulary, with the class it belongs to. */
public record ClinicMedicine(String id, String name, MedicineClass medicineClass, String createdBy,
                             Instant createdAt) {
}
