package com.regimen.core.booking;

import java.time.Instant;

/**
 * A single appointment to book. Practitioner and room may be left out: the first free qualified
 * ones are chosen.
 */
public record BookingRequest(String patientId, String treatmentId, String locationId, Instant start,
                             String practitionerId, String roomId, Clearance clearance) {

    /** A physician's documented clearance of NEEDS_CLEARANCE findings. */
    public record Clearance(String practitionerId, String note) {
    }
}
