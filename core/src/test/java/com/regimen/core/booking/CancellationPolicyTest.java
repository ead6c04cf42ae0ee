package com.regimen.core.booking;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class CancellationPolicyTest {
    private static final Instant START = Instant.parse("2027-01-10T07:00:00Z");

    private static Appointment appointment(long price, long deposit) {
        return new Appointment("t", "a", "p", "prp", "1.0", "l", "pr", "r", null, 1, START,
                START.plusSeconds(3600), START.plusSeconds(4500), AppointmentStatus.BOOKED, "SAR", price, deposit,
                null, null, null, null, "u", START, START, 0);
    }

    @Test
    void theDefaultsAreTheRuleThatWasFixedInCode() {
        Appointment a = appointment(100_000, 20_000);
        CancellationPolicy policy = CancellationPolicy.DEFAULTS;
        assertThat(policy.cancellationFee(a, START.minusSeconds(24 * 3600))).as("exactly 24 hours before").isZero();
        assertThat(policy.cancellationFee(a, START.minusSeconds(24 * 3600 - 1))).isEqualTo(20_000);
        assertThat(policy.noShowFee(a)).isEqualTo(20_000);
    }

    @Test
    void aPercentageOfThePriceIsRoundedHalfUpToTheMinorUnit() {
        Appointment a = appointment(99_999, 20_000);
        CancellationPolicy policy = new CancellationPolicy(48, CancellationFee.PERCENT_OF_PRICE, 15,
                CancellationFee.NONE, null);
        // 15% of 999.99 is 149.9985: 150.00 after rounding half up.
        assertThat(policy.cancellationFee(a, START.minusSeconds(47 * 3600))).isEqualTo(15_000);
        assertThat(policy.cancellationFee(a, START.minusSeconds(49 * 3600))).isZero();
        assertThat(policy.noShowFee(a)).isZero();
        assertThat(new CancellationPolicy(0, CancellationFee.NONE, null, CancellationFee.PERCENT_OF_PRICE, 100)
                .noShowFee(a)).isEqualTo(99_999);
        assertThat(new CancellationPolicy(24, CancellationFee.PERCENT_OF_PRICE, 1, CancellationFee.NONE, null)
                .cancellationFee(appointment(50, 0), START)).as("0.5 rounds up to 1").isEqualTo(1);
    }
}
