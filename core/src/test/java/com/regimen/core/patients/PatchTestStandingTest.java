package com.regimen.core.patients;

import com.regimen.plugin.spi.PatchTestTiming;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class PatchTestStandingTest {
    private static final Instant APPLIED = Instant.parse("2026-10-01T09:00:00Z");
    private static final PatchTestTiming MESO = PatchTestTiming.of(Duration.ofHours(48), Duration.ofDays(180));

    private static PatchTest test(Duration readAfter, boolean reaction) {
        return new PatchTest("t", "p", "mesotherapy", APPLIED, APPLIED.plus(readAfter), reaction, null, "u", APPLIED);
    }

    @Test
    void theMinimumWaitIsInclusive() {
        Instant later = APPLIED.plus(Duration.ofDays(5));
        assertThat(PatchTests.judge(test(Duration.ofHours(48).minusSeconds(1), false), MESO, later))
                .isEqualTo(PatchTestStanding.TOO_EARLY);
        assertThat(PatchTests.judge(test(Duration.ofHours(48), false), MESO, later)).isEqualTo(PatchTestStanding.VALID);
    }

    @Test
    void validityRunsFromTheReadingToTheDayAsked() {
        PatchTest read = test(Duration.ofHours(48), false);
        Instant lastValid = read.readAt().plus(Duration.ofDays(180));
        assertThat(PatchTests.judge(read, MESO, lastValid)).isEqualTo(PatchTestStanding.VALID);
        assertThat(PatchTests.judge(read, MESO, lastValid.plusSeconds(1))).isEqualTo(PatchTestStanding.EXPIRED);
        assertThat(PatchTests.judge(read, PatchTestTiming.ANY_TIME, lastValid.plus(Duration.ofDays(3650))))
                .as("SPI 1.0 plugins: valid for ever").isEqualTo(PatchTestStanding.VALID);
    }

    @Test
    void aReactionIsPositiveHoweverSoonOrLongAgoItWasRead() {
        assertThat(PatchTests.judge(test(Duration.ofHours(1), true), MESO, APPLIED.plus(Duration.ofDays(1))))
                .isEqualTo(PatchTestStanding.POSITIVE);
        assertThat(PatchTests.judge(test(Duration.ofHours(48), true), MESO, APPLIED.plus(Duration.ofDays(900))))
                .isEqualTo(PatchTestStanding.POSITIVE);
    }
}
