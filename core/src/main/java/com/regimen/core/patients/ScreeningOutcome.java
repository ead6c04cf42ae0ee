package com.regimen.core.patients;

import com.regimen.plugin.spi.ScreeningFinding;
import com.regimen.plugin.spi.Severity;

import java.util.List;

/** Any BLOCK blocks; else any CLEARANCE needs a physician's clearance; else clear. */
public enum ScreeningOutcome {
    CLEAR,
    NEEDS_CLEARANCE,
    BLOCKED;

    public static ScreeningOutcome of(List<ScreeningFinding> findings) {
        if (findings.stream().anyMatch(f -> f.severity() == Severity.BLOCK)) {
            return BLOCKED;
        }
        if (findings.stream().anyMatch(f -> f.severity() == Severity.CLEARANCE)) {
            return NEEDS_CLEARANCE;
        }
        return CLEAR;
    }
}
