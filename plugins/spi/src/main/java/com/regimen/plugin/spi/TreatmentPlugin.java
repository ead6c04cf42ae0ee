package com.regimen.plugin.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    /**
     * The consent form a patient signs before the first session. Regimen requires a signature at the
     * form's current version before the first session only when the plugin declares a form; without one
     * (every SPI 1.0 plugin, and a 1.1 plugin returning empty) no consent is asked for, as in SPI 1.0.
     *
     * @since SPI 1.1
     */
    default Optional<ConsentForm> consentForm() {
        return Optional.empty();
    }

    /**
     * Pre-care and after-care, each with its timing. By default the protocol's {@code preCare} and
     * {@code afterCare} texts, with their timing {@link CareTiming#UNSTATED}: what an SPI 1.0 plugin gives.
     * An SPI 1.1 plugin overrides this and fills the protocol's lists from it with
     * {@link CareInstruction#describe(List, CarePhase)}.
     *
     * @since SPI 1.1
     */
    default List<CareInstruction> careInstructions() {
        List<CareInstruction> bridged = new ArrayList<>();
        protocol().preCare().forEach(text -> bridged.add(CareInstruction.before(CareTiming.UNSTATED, text)));
        protocol().afterCare().forEach(text -> bridged.add(CareInstruction.after(CareTiming.UNSTATED, text)));
        return List.copyOf(bridged);
    }

    /**
     * Findings on a patient's answers; an empty list means nothing stands in the way. Screening is
     * for a session on {@link ScreeningSubject#asOf()}: a rule that depends on time ("isotretinoin in
     * the last 6 months") counts from that date, never from the clock, so the same subject always gets
     * the same findings.
     */
    List<ScreeningFinding> screen(ScreeningSubject subject);
}
