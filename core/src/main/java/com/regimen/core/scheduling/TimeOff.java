package com.regimen.core.scheduling;

import java.time.Instant;

/** A span a practitioner cannot be booked, {@code from} inclusive, {@code to} exclusive. */
public record TimeOff(String id, String practitionerId, Instant from, Instant to, String reason, Instant createdAt) {
}
