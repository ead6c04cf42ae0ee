package com.regimen.core.patients;

/**
 * A tenant's clinical time limits: how long a physician's clearance lasts, and how old an intake
 * may be before it must be confirmed with the patient again.
 */
public record ClinicalSettings(int clearanceValidDays, int intakeValidDays) {
    public static final ClinicalSettings DEFAULTS = new ClinicalSettings(90, 180);
    /** Longer than this and a clearance or an intake would outlive any clinical meaning. */
    public static final int MAX_DAYS = 730;
}
