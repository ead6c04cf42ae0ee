package com.regimen.core.audit;

import java.time.Instant;

/**
 * Which audit events to list; every criterion but the tenant is optional.
 *
 * @param from inclusive
 * @param to   exclusive
 */
public record AuditFilter(String tenantId, String actorId, String entityType, String entityId, Instant from,
                          Instant to) {
}
