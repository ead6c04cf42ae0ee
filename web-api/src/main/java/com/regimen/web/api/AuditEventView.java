package com.regimen.web.api;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.regimen.core.audit.AuditEvent;
import com.regimen.core.identity.ActorType;

import java.time.Instant;

public record AuditEventView(String id, Instant occurredAt, Actor actor, String action, String entityType,
                             String entityId, @JsonRawValue String details) {
    public record Actor(ActorType type, String id) {
    }

    public static AuditEventView of(AuditEvent event) {
        return new AuditEventView(event.id(), event.occurredAt(), new Actor(event.actorType(), event.actorId()),
                event.action(), event.entityType(), event.entityId(), event.details());
    }
}
