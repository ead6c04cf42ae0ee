package com.regimen.web.api;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.regimen.core.audit.AuditEvent;
import com.regimen.core.identity.ActorType;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

public record AuditEventView(String id, Instant occurredAt, Actor actor, String action, String entityType,
                             String entityId, @JsonRawValue @Schema(implementation = Object.class, nullable = true,
                                     description = "What changed, as the event recorded it; null when it "
                                             + "recorded nothing more (a patient created, a room updated)")
                             String details) {
    public record Actor(ActorType type, String id) {
    }

    public static AuditEventView of(AuditEvent event) {
        return new AuditEventView(event.id(), event.occurredAt(), new Actor(event.actorType(), event.actorId()),
                event.action(), event.entityType(), event.entityId(), event.details());
    }
}
