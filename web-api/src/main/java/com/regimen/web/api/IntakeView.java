package com.regimen.web.api;

import com.regimen.core.medicines.ListedMedicine;
import com.regimen.core.patients.IntakeRecord;
import com.regimen.plugin.spi.MedicineClass;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An intake version; {@code medicines} is the {@code MEDICATIONS} answer split into one entry per
 * medicine, each with the medicine recognised in it and its classes ({@code recognised: false} when none).
 */
public record IntakeView(String patientId, int version,
                         @Schema(additionalPropertiesSchema = IntakeAnswer.class) Map<String, Object> answers,
                         List<Medicine> medicines,
                         String recordedBy, Instant recordedAt) {
    public record Medicine(String listed, boolean recognised, @Schema(nullable = true) String medicine,
                           Set<MedicineClass> classes,
                           @Schema(nullable = true) String source) {
        public static Medicine of(ListedMedicine m) {
            return new Medicine(m.listed(), m.recognised(), m.medicine(), new TreeSet<>(m.classes()), m.source());
        }
    }

    public static IntakeView of(IntakeRecord r) {
        return new IntakeView(r.patientId(), r.version(), r.answers(),
                r.medicines().stream().map(Medicine::of).toList(), r.recordedBy(), r.recordedAt());
    }
}
