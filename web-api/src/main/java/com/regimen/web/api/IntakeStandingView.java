package com.regimen.web.api;

import com.regimen.core.patients.IntakeConfirmationDao;

import java.time.Instant;

/** How an intake stands after the patient confirmed it still holds: {@code heldSince} is what staleness counts from. */
public record IntakeStandingView(int version, Instant recordedAt, Instant confirmedAt, Instant heldSince) {
    public static IntakeStandingView of(IntakeConfirmationDao.Standing standing) {
        return new IntakeStandingView(standing.version(), standing.recordedAt(), standing.confirmedAt(),
                standing.heldSince());
    }
}
