package com.regimen.plugin.spi;

import java.util.List;
import java.util.Set;

/**
 * How a treatment is given.
 *
 * @param requiredCredentials a practitioner needs one of these (an unexpired licence for it)
 * @param requiredEquipment   equipment tags the room must have (e.g. {@code centrifuge})
 * @param requiredAccreditation a location accreditation the treatment needs (e.g. {@code stem-cell}); null if none
 * @param prerequisites       codes from {@link Prerequisites} that must be met before the first session
 */
public record TreatmentProtocol(int minSessions, int maxSessions, int minIntervalDays, int sessionMinutes,
                                Set<Credential> requiredCredentials, Set<String> requiredEquipment,
                                String requiredAccreditation, List<ConsumableUse> consumablesPerSession,
                                List<LocalizedText> preCare, List<LocalizedText> afterCare,
                                Set<String> prerequisites, List<IntakeQuestion> intakeQuestions) {
    public TreatmentProtocol {
        requiredCredentials = Set.copyOf(requiredCredentials);
        requiredEquipment = Set.copyOf(requiredEquipment);
        consumablesPerSession = List.copyOf(consumablesPerSession);
        preCare = List.copyOf(preCare);
        afterCare = List.copyOf(afterCare);
        prerequisites = Set.copyOf(prerequisites);
        intakeQuestions = List.copyOf(intakeQuestions);
    }
}
