package com.regimen.core.reports;

import java.math.BigDecimal;
import java.util.List;

/**
 * No-shows and late cancellations of appointments that started in the range, per location.
 *
 * @param noShowRate     no-shows over the appointments that were due (all less those cancelled)
 * @param lateCancelRate late cancellations (those that carried a fee) over all appointments
 * @param feesCollected  of the fees charged, what the money kept for those appointments covers
 */
public record AttendanceReport(ReportRange range, List<AttendanceLine> lines) {
    public record AttendanceLine(String locationId, String locationName, String currency, long appointments, long noShows,
                       long cancellations, long lateCancels, BigDecimal noShowRate, BigDecimal lateCancelRate,
                       long feesCharged, long feesCollected) {
    }
}
