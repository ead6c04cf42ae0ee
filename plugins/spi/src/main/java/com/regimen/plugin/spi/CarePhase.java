package com.regimen.plugin.spi;

/**
 * Whether a care instruction is for the time before a session (pre-care) or after it (after-care).
 *
 * @since SPI 1.1
 */
public enum CarePhase {
    /** Pre-care: counted back from the session. */
    BEFORE,
    /** After-care: counted on from the session. */
    AFTER
}
