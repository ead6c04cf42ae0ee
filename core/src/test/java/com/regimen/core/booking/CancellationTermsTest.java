package com.regimen.core.booking;

import org.junit.jupiter.api.Test;

import java.time.Instant;

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
        assertThat(CancellationTerms.of(booked(25_000), lastFree).cancellationFeeNow()).isZero();
        assertThat(CancellationTerms.of(booked(25_000), lastFree.plusMillis(1)).cancellationFeeNow()).isEqualTo(25_000);
        assertThat(CancellationTerms.of(booked(25_000), lastFree).freeUntil()).isEqualTo(lastFree);
    }

    @Test
    void aNoShowKeepsTheDepositWhenever() {
        assertThat(CancellationTerms.of(booked(25_000), START.minusSeconds(864_000)).noShowFee()).isEqualTo(25_000);
        assertThat(CancellationTerms.of(booked(0), START).noShowFee()).isZero();
        assertThat(CancellationTerms.of(booked(0), START).cancellationFeeNow()).isZero();
        assertThat(CancellationTerms.of(booked(25_000), START).currency()).isEqualTo("SAR");
    }
}
