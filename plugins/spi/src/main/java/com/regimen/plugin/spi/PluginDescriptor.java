package com.regimen.plugin.spi;

/**
 * Who a plugin is.
 *
 * @param id         stable, lower-case, unique among installed plugins (e.g. {@code prp}); stored
 *                   on every quote, screening and booking, so never change it
 * @param version    the plugin's own version (semantic versioning), stored with what it priced
 *                   or screened
 * @param spiVersion the SPI version the plugin was compiled against: {@link SpiVersion#CURRENT}
 */
public record PluginDescriptor(String id, String version, SpiVersion spiVersion, LocalizedText name) {
}
