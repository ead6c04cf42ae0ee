package com.regimen.core.messages;

import com.regimen.core.outbox.Channel;
import com.regimen.core.outbox.MessageEvent;

import java.time.Instant;

/** One message on one channel, as the outbox wrote it and the dispatcher has since recorded. */
public record Message(String tenantId, String id, MessageEvent event, Channel channel, String patientId,
                      String appointmentId, String refundId, Instant visitStartsAt, MessageStatus status, String reason,
                      int attempts, Instant notBefore, Instant nextAttemptAt, String providerId, Instant sentAt,
                      Instant createdAt, Instant updatedAt) {
}
