package com.regimen.core.scheduling;

import java.time.Instant;
import java.util.Set;

/** A treatment room; {@code turnoverMinutes} of cleaning follow every appointment in it. */
public record Room(String tenantId, String id, String locationId, String name, Set<String> equipment,
                   int turnoverMinutes, boolean active, Instant createdAt, Instant updatedAt) {
}
