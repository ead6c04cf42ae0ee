package com.regimen.core.booking;

import java.time.Instant;

/**
 * A single appointment to book. Practitioner and room may be left out: the first free qualified
 * ones are chosen. A clearance is not part of a booking: a physician records it on the patient.
 */
public record BookingRequest(String patientId, String treatmentId, String locationId, Instant start,
                             String practitionerId, String roomId) {
}
