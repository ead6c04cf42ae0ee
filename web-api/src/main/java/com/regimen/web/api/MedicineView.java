package com.regimen.web.api;

import com.regimen.core.medicines.ClinicMedicine;
import com.regimen.plugin.spi.MedicineClass;

import java.time.Instant;

/** A clinic's addition to its medicine vocabulary. */
public record MedicineView(String id, String name, MedicineClass medicineClass, String createdBy, Instant createdAt) {
    public static MedicineView of(ClinicMedicine m) {
        return new MedicineView(m.id(), m.name(), m.medicineClass(), m.createdBy(), m.createdAt());
    }
}
