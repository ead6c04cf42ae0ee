package com.regimen.core.booking;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static com.regimen.core.booking.CancellationPolicy.DEFAULTS;
import static org.assertj.core.api.Assertions.assertThat;

class CancellationTermsTest {
    private static final Instant START = Instant.parse("2026-12-01T10:00:00Z");

    private static Appointment booked(long deposit) {
        return new Appointment("t", "a", "p", "prp", "1", "l", "pr", "r", null, 1, START, START.plusSeconds(3600),
                START.plusSeconds(4500), AppointmentStatus.BOOKED, "SAR", 100_000, deposit, null, null, null, null,
                "u", START.minusSeconds(864_000), START.minusSeconds(864_000), 0);
    }

    @Test
    void cancellingIsFreeUntilTwentyFourHoursBeforeTheStartAndKeepsTheDepositAfter() {
        Instant lastFree = START.minusSeconds(24 * 3600);
        assertThat(CancellationTerms.of(booked(25_000), lastFree, DEFAULTS).cancellationFeeNow()).isZero();
        assertThat(CancellationTerms.of(booked(25_000), lastFree.plusMillis(1), DEFAULTS).cancellationFeeNow()).isEqualTo(25_000);
        assertThat(CancellationTerms.of(booked(25_000), lastFree, DEFAULTS).freeUntil()).isEqualTo(lastFree);
    }

    @Test
    void theTenantsWindowAndFeesAreTheOnesTheDeskIsTold() {
        CancellationPolicy twoDaysHalfPrice = new CancellationPolicy(48, CancellationFee.PERCENT_OF_PRICE, 50,
                CancellationFee.NONE, null);
        Instant lastFree = START.minusSeconds(48 * 3600);
        CancellationTerms terms = CancellationTerms.of(booked(25_000), lastFree.plusSeconds(1), twoDaysHalfPrice);
        assertThat(terms.freeUntil()).isEqualTo(lastFree);
        assertThat(terms.cancellationFeeNow()).isEqualTo(50_000);
        assertThat(terms.noShowFee()).isZero();
        assertThat(CancellationTerms.of(booked(25_000), lastFree, twoDaysHalfPrice).cancellationFeeNow()).isZero();
    }

    @Test
    void aNoShowKeepsTheDepositWhenever() {
        assertThat(CancellationTerms.of(booked(25_000), START.minusSeconds(864_000), DEFAULTS).noShowFee()).isEqualTo(25_000);
        assertThat(CancellationTerms.of(booked(0), START, DEFAULTS).noShowFee()).isZero();
        assertThat(CancellationTerms.of(booked(0), START, DEFAULTS).cancellationFeeNow()).isZero();
        assertThat(CancellationTerms.of(booked(25_000), START, DEFAULTS).currency()).isEqualTo("SAR");
    }
}
