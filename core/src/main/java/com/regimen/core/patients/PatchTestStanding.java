package com.regimen.core.patients;

/** Where a patient stands on a treatment's patch test on a given day; only VALID lets a session go ahead unasked. */
public enum PatchTestStanding {
    /** No reading recorded (by that day). */
    NONE,
    /** The latest reading came sooner after applying than the treatment's minimum wait: it proves nothing. */
    TOO_EARLY,
    /** The latest reading showed no reaction, waited long enough, and is within its validity. */
    VALID,
    /** The latest reading showed no reaction but is older than the treatment's validity on that day. */
    EXPIRED,
    /** The latest reading showed a reaction: only a physician's clearance lets the treatment go ahead. */
    POSITIVE
}
