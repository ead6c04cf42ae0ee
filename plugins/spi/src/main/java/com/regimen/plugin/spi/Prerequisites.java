package com.regimen.plugin.spi;

/** Conditions Regimen can check before a first session. */
public final class Prerequisites {
    /** A patch test for this treatment was recorded and showed no reaction. */
    public static final String PATCH_TEST = "PATCH_TEST";

    private Prerequisites() {
    }
}
