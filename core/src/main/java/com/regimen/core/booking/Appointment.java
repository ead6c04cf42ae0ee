package com.regimen.core.booking;

import java.time.Instant;

/**
 * A booked session. {@code roomFreeAt} is the end plus the room's turnover. Price and deposit are
 * in minor units of {@code currency}, from the quote of {@code pluginVersion}.
 */
public record Appointment(String tenantId, String id, String patientId, String treatmentId, String pluginVersion,
                          String locationId, String practitionerId, String roomId, String courseId, int sessionNumber,
                          Instant startsAt, Instant endsAt, Instant roomFreeAt, AppointmentStatus status,
                          String currency, long price, long deposit, String screeningId, String clearance,
                          String cancelReason, Long cancellationFee, String createdBy, Instant createdAt,
                          Instant updatedAt, int version) {
}
