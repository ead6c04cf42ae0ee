package com.regimen.plugin.spi;

/** A practitioner's professional credential; a treatment requires one or more of them. */
public enum Credential {
    PHYSICIAN,
    NURSE,
    AESTHETICIAN
}
