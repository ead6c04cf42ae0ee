package com.regimen.core.reports;

import com.regimen.core.identity.StaffIdentity;
import com.regimen.core.scheduling.Location;
import org.jdbi.v3.core.Jdbi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** No-shows and late cancellations, with the fees the cancellation policy charged and what was kept. */
public final class AttendanceReports {
    private final Jdbi jdbi;
    private final ReportScope scope;

    public AttendanceReports(Jdbi jdbi, ReportScope scope) {
        this.jdbi = jdbi;
        this.scope = scope;
    }

    public AttendanceReport attendance(StaffIdentity reader, String locationId, ReportRange range) {
        List<Location> locations = scope.locations(reader, locationId);
        List<AttendanceReport.AttendanceLine> lines = new ArrayList<>();
        jdbi.useExtension(ReportDao.class, dao -> {
            for (Location location : locations) {
                for (ReportDao.AttendanceRow row : dao.attendance(reader.tenantId(), location.id(),
                        range.startAt(location), range.endAt(location))) {
                    lines.add(new AttendanceReport.AttendanceLine(location.id(), location.name(), row.currency(),
                            row.appointments(), row.noShows(), row.cancellations(), row.lateCancels(),
                            rate(row.noShows(), row.appointments() - row.cancellations()),
                            rate(row.lateCancels(), row.appointments()), row.feesCharged(), row.feesCollected()));
                }
            }
        });
        return new AttendanceReport(range, lines);
    }

    /** A share to four places (0.1250 is 12.5%); zero of nothing is zero. */
    static BigDecimal rate(long part, long whole) {
        if (whole <= 0) {
            return BigDecimal.ZERO.setScale(4);
        }
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
