package com.regimen.core.reports;

import com.regimen.core.identity.StaffIdentity;
import com.regimen.core.scheduling.Location;
import org.jdbi.v3.core.Jdbi;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** New and returning patients, and course completion. */
public final class PatientReports {
    private final Jdbi jdbi;
    private final ReportScope scope;

    public PatientReports(Jdbi jdbi, ReportScope scope) {
        this.jdbi = jdbi;
        this.scope = scope;
    }

    public PatientReport patients(StaffIdentity reader, String locationId, ReportRange range) {
        List<Location> locations = scope.locations(reader, locationId);
        // A patient seen at two branches counts once; returning if any branch had seen them before the range.
        Map<String, Boolean> returning = new HashMap<>();
        long[] courses = new long[2];
        jdbi.useExtension(ReportDao.class, dao -> {
            for (Location location : locations) {
                for (ReportDao.PatientSeen seen : dao.patientsSeen(reader.tenantId(), location.id(),
                        range.startAt(location), range.endAt(location))) {
                    returning.merge(seen.patientId(), seen.seenBefore(), Boolean::logicalOr);
                }
                for (ReportDao.CourseProgress course : dao.coursesStarted(reader.tenantId(), location.id(),
                        range.startAt(location), range.endAt(location))) {
                    courses[0]++;
                    if (course.completed() == course.sessions()) {
                        courses[1]++;
                    }
                }
            }
        });
        long returningCount = returning.values().stream().filter(Boolean::booleanValue).count();
        return new PatientReport(range, returning.size(), returning.size() - returningCount, returningCount,
                courses[0], courses[1], AttendanceReports.rate(courses[1], courses[0]));
    }
}
