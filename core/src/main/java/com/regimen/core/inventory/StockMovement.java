package com.regimen.core.inventory;

import java.time.Instant;

/** One row of the append-only ledger. A lot's on-hand quantity is the sum of its movements' deltas. */
public record StockMovement(String id, String lotId, MovementKind kind, int delta, String reason, String appointmentId,
                            String patientId, String relatedLotId, String actorId, Instant occurredAt) {
}
