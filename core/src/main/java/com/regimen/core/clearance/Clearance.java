package com.regimen.core.clearance;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A physician's documented clearance of a patient for a treatment: it answers the named CLEARANCE
 * finding codes, and no others, until it expires or is revoked; and each only with the content it had
 * when cleared ({@link FindingEvidence}).
 *
 * @param evidence    per finding code, the fingerprint of what was cleared; null for clearances recorded before
 *                    fingerprints, which cover nothing
 * @param physicianId the practitioner (holding a PHYSICIAN licence) the signed-in user {@code clearedBy} is
 */
public record Clearance(String id, String patientId, String treatmentId, List<String> findings,
                        Map<String, String> evidence, String screeningId,
                        String note, String physicianId, String physicianName, String clearedBy, Instant clearedAt,
                        Instant expiresAt, Instant revokedAt, String revokedBy, String revokeReason) {

    public boolean validAt(Instant when) {
        return revokedAt == null && when.isBefore(expiresAt);
    }

    /** Whether every one of {@code codes} is answered: a finding that appeared after the clearance is not. */
    public boolean covers(Collection<String> codes) {
        return findings.containsAll(codes);
    }

    /**
     * Whether every finding (code to fingerprint, {@link FindingEvidence#of}) is answered with the content it
     * has now: the same code naming another medicine is a new finding.
     */
    public boolean coversEvidence(Map<String, String> current) {
        return evidence != null && current.entrySet().stream()
                .allMatch(finding -> finding.getValue().equals(evidence.get(finding.getKey())));
    }
}
