package com.regimen.bench;

import org.junit.jupiter.api.Test;

import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

class LatenciesTest {

    @Test
    void nearestRankPercentilesOfOneToAHundredMilliseconds() {
        long[] nanos = LongStream.rangeClosed(1, 100).map(ms -> ms * 1_000_000).toArray();
        // shuffled input: the percentiles must not depend on order
        for (int i = 0; i < nanos.length; i += 2) {
            long swap = nanos[i];
            nanos[i] = nanos[nanos.length - 1 - i];
            nanos[nanos.length - 1 - i] = swap;
        }
        Latencies latencies = Latencies.of(nanos);
        assertThat(latencies.count()).isEqualTo(100);
        assertThat(latencies.p50()).isEqualTo(50.0);
        assertThat(latencies.p95()).isEqualTo(95.0);
        assertThat(latencies.p99()).isEqualTo(99.0);
        assertThat(latencies.max()).isEqualTo(100.0);
    }

    @Test
    void nothingMeasuredIsNotZero() {
        assertThat(Latencies.of(new long[0]).p50()).isNaN();
    }
}
