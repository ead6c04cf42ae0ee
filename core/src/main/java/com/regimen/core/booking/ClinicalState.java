package com.regimen.core.booking;

import java.time.Instant;

/**
 * What the front desk must know about an appointment before the patient walks in: whether newer
 * intake answers wait to be screened, and whether a physician's clearance stands behind it.
 */
public record ClinicalState(boolean needsReview, ClearanceState clearance) {

    public enum ClearanceStatus {
        /** The last screening found nothing a clearance must answer. */
        NOT_NEEDED,
        /** It did, and no valid clearance answers it now (revoked, expired, or never recorded). */
        NEEDED,
        /** A physician's clearance answers it until {@code expiresAt}. */
        CLEARED
    }

    public record ClearanceState(ClearanceStatus status, String clearanceId, String physicianId, String physicianName,
                                 Instant expiresAt) {
    }
}
