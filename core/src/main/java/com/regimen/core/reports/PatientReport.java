package com.regimen.core.reports;

import java.math.BigDecimal;

/**
 * Patients seen (checked in or completed) in the range: new ones (never seen by the chain before)
 * and returning ones, each counted once however many visits; and the courses that began in the
 * range with how many are completed (every session COMPLETED).
 */
public record PatientReport(ReportRange range, long patientsSeen, long newPatients, long returningPatients,
                            long coursesStarted, long coursesCompleted, BigDecimal courseCompletionRate) {
}
