package com.regimen.core.terminal;

import java.time.Instant;

/** A card reader registered at one of the clinic chain's locations, with the name the desk gave it. */
public record TerminalReader(String id, String locationId, String stripeReaderId, String label, String deviceType,
                             String serialNumber, String createdBy, Instant createdAt, Instant updatedAt) {
}
