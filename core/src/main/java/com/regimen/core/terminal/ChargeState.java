package com.regimen.core.terminal;

/** What the desk sees of a payment on a reader. A charge only moves forward; the last three are final. */
public enum ChargeState {
    /** The reader asks the patient to tap, insert or swipe. */
    WAITING_FOR_CARD,
    PROCESSING,
    SUCCEEDED,
    /** The card was refused: nothing was taken, the amount is still due. */
    DECLINED,
    /** The desk cancelled it on the reader: nothing was taken. */
    CANCELED;

    public boolean isFinal() {
        return this == SUCCEEDED || this == DECLINED || this == CANCELED;
    }
}
