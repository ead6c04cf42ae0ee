package com.regimen.plugin.spi;

/**
 * The version of this SPI. A plugin declares the version it was built against; Regimen loads it
 * when the major versions are equal and the plugin's minor is not newer than Regimen's. Minor
 * versions only add (new optional methods with defaults, new record factory methods, new enum
 * constants the plugin need not handle); anything else is a new major.
 */
public record SpiVersion(int major, int minor) {
    public static final SpiVersion CURRENT = new SpiVersion(1, 1);

    public boolean canLoad(SpiVersion pluginBuiltFor) {
        return pluginBuiltFor.major == major && pluginBuiltFor.minor <= minor;
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
