package com.regimen.core.selfservice;

/**
 * Whether the patient may still act on the visit: only a booked appointment that has not started.
 * Anything else is a read-only page that says why.
 */
public enum VisitState {
    OPEN,
    CANCELLED,
    /** Started, checked in, completed or missed: nothing left for the patient to do here. */
    OVER
}
