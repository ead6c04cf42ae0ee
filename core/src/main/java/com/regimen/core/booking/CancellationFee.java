package com.regimen.core.booking;

/** What a late cancellation or a no-show costs the patient, kept from what they paid. */
public enum CancellationFee {
    /** Nothing: everything paid goes back. */
    NONE,
    /** The appointment's deposit (the behaviour before tenants could choose). */
    DEPOSIT,
    /** A whole percentage of the appointment's price, rounded half up to the minor unit. */
    PERCENT_OF_PRICE
}
