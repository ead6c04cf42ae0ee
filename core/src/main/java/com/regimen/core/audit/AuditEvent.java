package com.regimen.core.audit;

import com.regimen.core.identity.ActorType;

import java.time.Instant;

/** One change to a record: who did what, when, to which record. {@code details} is JSON. */
public record AuditEvent(String tenantId, String id, Instant occurredAt, ActorType actorType, String actorId,
                         String action, String entityType, String entityId, String details) {
}
