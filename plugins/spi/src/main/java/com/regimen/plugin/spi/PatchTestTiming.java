package com.regimen.plugin.spi;

import java.time.Duration;
import java.util.Optional;

/**
 * When a patch test counts, for a treatment that requires one ({@link Prerequisites#PATCH_TEST}):
 * a reading taken sooner than {@code minimumWaitBeforeReading} after the test was applied proves
 * nothing (a delayed reaction may not show yet), and a reading older than {@code validity} on the day
 * of a session no longer counts.
 *
 * @param minimumWaitBeforeReading from applying the test to reading it; zero for none
 * @param validity                 from the reading to the session; null when a reading never expires
 * @since SPI 1.1
 */
public record PatchTestTiming(Duration minimumWaitBeforeReading, Duration validity) {
    /** The SPI 1.0 behaviour: read at any time, valid for ever. */
    public static final PatchTestTiming ANY_TIME = new PatchTestTiming(Duration.ZERO, null);

    public static PatchTestTiming of(Duration minimumWaitBeforeReading, Duration validity) {
        return new PatchTestTiming(minimumWaitBeforeReading, validity);
    }

    public Optional<Duration> validityPeriod() {
        return Optional.ofNullable(validity);
    }
}
