package com.regimen.web.api;

import com.regimen.core.inventory.MovementKind;
import com.regimen.core.inventory.StockMovement;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/** One row of a lot's append-only ledger; the lot's on-hand is the sum of its rows' deltas. */
public record StockMovementView(String id, String lotId, MovementKind kind, int delta,
                                @Schema(nullable = true) String reason,
                                @Schema(nullable = true) String appointmentId,
                                @Schema(nullable = true) String patientId,
                                @Schema(nullable = true, description = "the other lot of a transfer")
                                String relatedLotId,
                                String actorId, Instant occurredAt) {
    public static StockMovementView of(StockMovement m) {
        return new StockMovementView(m.id(), m.lotId(), m.kind(), m.delta(), m.reason(), m.appointmentId(),
                m.patientId(), m.relatedLotId(), m.actorId(), m.occurredAt());
    }
}
