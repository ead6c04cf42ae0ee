package com.regimen.core.plugins;

import com.regimen.plugin.spi.CareInstruction;
import com.regimen.plugin.spi.ConsentForm;
import com.regimen.plugin.spi.PatchTestTiming;
import com.regimen.plugin.spi.PluginDescriptor;
import com.regimen.plugin.spi.TreatmentPlugin;
import com.regimen.plugin.spi.TreatmentProtocol;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A plugin that passed loading checks. Descriptor, protocol and default prices are read once at
 * load time and kept: they describe the plugin and must not change while it runs.
 *
 * @param source the jar it came from, or "classpath"
 * @param patchTestTiming when its patch tests may be read and how long they count (SPI 1.1)
 * @param consentForm the form a patient signs before the first session; null when the plugin declares none (SPI 1.1)
 * @param careInstructions pre-care and after-care with their timings (SPI 1.1; bridged from the protocol for 1.0)
 */
public record LoadedPlugin(TreatmentPlugin plugin, PluginDescriptor descriptor, TreatmentProtocol protocol,
                           Map<String, Long> defaultPrices, int defaultDepositPercent, String source,
                           PatchTestTiming patchTestTiming, ConsentForm consentForm,
                           List<CareInstruction> careInstructions) {
    public LoadedPlugin {
        careInstructions = List.copyOf(careInstructions);
    }

    public LoadedPlugin(TreatmentPlugin plugin, PluginDescriptor descriptor, TreatmentProtocol protocol,
                        Map<String, Long> defaultPrices, int defaultDepositPercent, String source,
                        PatchTestTiming patchTestTiming) {
        this(plugin, descriptor, protocol, defaultPrices, defaultDepositPercent, source, patchTestTiming, null,
                List.of());
    }

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

    /** The consent form patients sign, if the plugin declares one. */
    public Optional<ConsentForm> consent() {
        return Optional.ofNullable(consentForm);
    }
}
