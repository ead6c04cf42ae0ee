package com.regimen.core.inventory;

/** Why stock changed; every change is one ledger row of one of these. */
public enum MovementKind {
    RECEIPT,
    ADJUSTMENT,
    TRANSFER_OUT,
    TRANSFER_IN,
    CONSUMPTION
}
