package com.regimen.core.booking;

import com.regimen.core.patients.ScreeningOutcome;
import com.regimen.core.identity.StaffIdentity;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the {@link ClinicalState} of appointments in one query, for the day view and the appointment panel. */
public final class ClinicalStates {
    private static final int BATCH = 500;

    private final Jdbi jdbi;
    private final Clock clock;

    public ClinicalStates(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public Map<String, ClinicalState> of(StaffIdentity reader, List<Appointment> appointments) {
        Map<String, ClinicalState> states = new HashMap<>();
        Instant now = clock.instant();
        List<String> ids = appointments.stream().map(Appointment::id).toList();
        jdbi.useHandle(handle -> {
            AppointmentDao dao = handle.attach(AppointmentDao.class);
            for (int from = 0; from < ids.size(); from += BATCH) {
                for (AppointmentDao.GateRow row : dao.gates(reader.tenantId(),
                        ids.subList(from, Math.min(ids.size(), from + BATCH)))) {
                    states.put(row.id(), new ClinicalState(row.needsReview(), clearance(row, now)));
                }
            }
        });
        return states;
    }

    private static ClinicalState.ClearanceState clearance(AppointmentDao.GateRow row, Instant now) {
        boolean valid = row.clearanceId() != null && row.clearanceRevokedAt() == null
                && now.isBefore(row.clearanceExpiresAt());
        if (valid) {
            return new ClinicalState.ClearanceState(ClinicalState.ClearanceStatus.CLEARED, row.clearanceId(),
                    row.physicianId(), row.physicianName(), row.clearanceExpiresAt());
        }
        boolean needed = ScreeningOutcome.NEEDS_CLEARANCE.name().equals(row.screeningOutcome());
        return new ClinicalState.ClearanceState(needed ? ClinicalState.ClearanceStatus.NEEDED
                : ClinicalState.ClearanceStatus.NOT_NEEDED, row.clearanceId(), row.physicianId(), row.physicianName(),
                row.clearanceExpiresAt());
    }
}
