package com.regimen.web.api;

import com.regimen.core.patients.ClinicalSettings;

/** How long a physician's clearance lasts and how old an intake may be before it must be confirmed, in days. */
public record ClinicalSettingsView(int clearanceValidDays, int intakeValidDays) {
    public static ClinicalSettingsView of(ClinicalSettings settings) {
        return new ClinicalSettingsView(settings.clearanceValidDays(), settings.intakeValidDays());
    }
}
