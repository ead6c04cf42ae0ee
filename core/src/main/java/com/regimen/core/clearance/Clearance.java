package com.regimen.core.clearance;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * A physician's documented clearance of a patient for a treatment: it answers the named CLEARANCE
 * finding codes, and no others, until it expires or is revoked.
 *
 * @param physicianId the practitioner (holding a PHYSICIAN licence) the signed-in user {@code clearedBy} is
 */
public record Clearance(String id, String patientId, String treatmentId, List<String> findings, String screeningId,
                        String note, String physicianId, String physicianName, String clearedBy, Instant clearedAt,
                        Instant expiresAt, Instant revokedAt, String revokedBy, String revokeReason) {

    public boolean validAt(Instant when) {
        return revokedAt == null && when.isBefore(expiresAt);
    }

    /** Whether every one of {@code codes} is answered: a finding that appeared after the clearance is not. */
    public boolean covers(Collection<String> codes) {
        return findings.containsAll(codes);
    }
}
