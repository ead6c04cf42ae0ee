package com.regimen.web.api;

import com.regimen.core.inventory.StockMovementDao;

import java.time.Instant;

/** A patient who received units of a lot (the recall list). */
public record RecipientView(String appointmentId, String patientId, int quantity, Instant occurredAt) {
    public static RecipientView of(StockMovementDao.Recipient recipient) {
        return new RecipientView(recipient.appointmentId(), recipient.patientId(), recipient.quantity(),
                recipient.occurredAt());
    }
}
