package com.regimen.core.outbox;

/** What happened that the patient is told about; each has a template per language. */
public enum MessageEvent {
    CONFIRMATION, REMINDER, RESCHEDULE, CANCELLATION, AFTER_CARE, NO_SHOW_FEE, REFUND;

    /** Messages about a visit still to come: never sent once the visit is cancelled. */
    public boolean aboutTheVisitAhead() {
        return this == CONFIRMATION || this == REMINDER || this == RESCHEDULE;
    }
}
