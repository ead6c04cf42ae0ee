package com.regimen.plugin.spi;

/** How a screening finding weighs on booking. */
public enum Severity {
    /** The treatment must not be given. */
    BLOCK,
    /** Only with a physician's documented clearance. */
    CLEARANCE,
    /** Tell the patient; booking goes ahead. */
    WARN
}
