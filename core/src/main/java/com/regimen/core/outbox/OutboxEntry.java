package com.regimen.core.outbox;

import java.time.Instant;

/** One outbox row as written; {@code dedupeKey} names the event so a repeat is ignored. */
public record OutboxEntry(String tenantId, String id, MessageEvent event, Channel channel, String dedupeKey,
                          String patientId, String appointmentId, String refundId, Instant visitStartsAt,
                          Instant notBefore, Instant createdAt) {
}
