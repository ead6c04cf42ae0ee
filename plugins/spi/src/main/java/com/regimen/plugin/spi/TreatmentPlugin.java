package com.regimen.plugin.spi;

import java.util.List;
import java.util.Map;

/**
 * A treatment type. Implementations are found with {@link java.util.ServiceLoader}: name the class
 * in {@code META-INF/services/com.regimen.plugin.spi.TreatmentPlugin}. Regimen calls them through
 * an invoker with a time limit, checks every answer, and never passes patients' names or contact
 * details. Implementations must be thread-safe and deterministic: the same input, the same answer.
 */
public interface TreatmentPlugin {

    PluginDescriptor descriptor();

    TreatmentProtocol protocol();

    /**
     * Prices in minor units of {@code USD}, used until a tenant sets its own (a tenant in another
     * currency must set them before quoting), keyed by names the plugin chooses.
     */
    Map<String, Long> defaultPrices();

    /** The deposit taken at booking, as a percentage of the course total, until a tenant sets its own. */
    default int defaultDepositPercent() {
        return 20;
    }

    /**
     * The price of a course of {@code request.sessions()} sessions.
     *
     * @throws PluginRejection for requests the plugin refuses (e.g. sessions out of range)
     */
    Quote quote(QuoteRequest request);

    /**
     * How long after applying a patch test it may be read, and how long a reading stays valid; only
     * read when the protocol requires {@link Prerequisites#PATCH_TEST}. Read once, at load time.
     *
     * @since SPI 1.1
     */
    default PatchTestTiming patchTestTiming() {
        return PatchTestTiming.ANY_TIME;
    }

    /** Findings on a patient's answers; an empty list means nothing stands in the way. */
    List<ScreeningFinding> screen(ScreeningSubject subject);
}
