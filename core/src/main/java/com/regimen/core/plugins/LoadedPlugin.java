package com.regimen.core.plugins;

import com.regimen.plugin.spi.PatchTestTiming;
import com.regimen.plugin.spi.PluginDescriptor;
import com.regimen.plugin.spi.TreatmentPlugin;
import com.regimen.plugin.spi.TreatmentProtocol;

import java.util.Map;

/**
 * A plugin that passed loading checks. Descriptor, protocol and default prices are read once at
 * load time and kept: they describe the plugin and must not change while it runs.
 *
 * @param source the jar it came from, or "classpath"
 * @param patchTestTiming when its patch tests may be read and how long they count (SPI 1.1)
 */
public record LoadedPlugin(TreatmentPlugin plugin, PluginDescriptor descriptor, TreatmentProtocol protocol,
                           Map<String, Long> defaultPrices, int defaultDepositPercent, String source,
                           PatchTestTiming patchTestTiming) {
    public LoadedPlugin(TreatmentPlugin plugin, PluginDescriptor descriptor, TreatmentProtocol protocol,
                        Map<String, Long> defaultPrices, int defaultDepositPercent, String source) {
        this(plugin, descriptor, protocol, defaultPrices, defaultDepositPercent, source, PatchTestTiming.ANY_TIME);
    }

    public String id() {
        return descriptor.id();
    }

    public String version() {
        return descriptor.version();
    }
}
