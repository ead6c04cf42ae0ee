package com.regimen.core.patients;

import com.regimen.core.medicines.ListedMedicine;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One version of a patient's intake answers, typed.
 *
 * @param medicines the listed medicines ({@code MEDICATIONS}) as classified when the version was recorded
 */
public record IntakeRecord(String patientId, int version, Map<String, Object> answers, String recordedBy,
                           Instant recordedAt, List<ListedMedicine> medicines) {
    public IntakeRecord {
        medicines = List.copyOf(medicines);
    }

    public IntakeRecord(String patientId, int version, Map<String, Object> answers, String recordedBy,
                        Instant recordedAt) {
        this(patientId, version, answers, recordedBy, recordedAt, List.of());
    }
}
