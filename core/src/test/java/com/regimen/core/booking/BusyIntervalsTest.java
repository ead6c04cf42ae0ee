package com.regimen.core.booking;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class BusyIntervalsTest {
    private static final Instant NINE = Instant.parse("2027-03-01T09:00:00Z");

    private static Instant at(int minutes) {
        return NINE.plusSeconds(minutes * 60L);
    }

    @Test
    void touchingEndsAreFreeAndAnyOverlapIsTaken() {
        BusyIntervals busy = new BusyIntervals();
        busy.add("room", at(0), at(75));
        assertThat(busy.overlaps("room", at(75), at(135))).as("starts when the room is free").isFalse();
        assertThat(busy.overlaps("room", at(-60), at(0))).as("ends when the session starts").isFalse();
        assertThat(busy.overlaps("room", at(74), at(80))).isTrue();
        assertThat(busy.overlaps("room", at(-10), at(1))).isTrue();
        assertThat(busy.overlaps("room", at(10), at(20))).as("inside").isTrue();
        assertThat(busy.overlaps("other room", at(10), at(20))).isFalse();
    }

    @Test
    void aLongSessionStartingWellBeforeIsStillFound() {
        BusyIntervals busy = new BusyIntervals();
        busy.add("p", at(0), at(600));
        for (int i = 1; i <= 20; i++) {
            busy.add("p", at(600 + i * 30), at(600 + i * 30 + 10));
        }
        assertThat(busy.overlaps("p", at(500), at(520))).isTrue();
    }

    @Test
    void agreesWithAPlainScanOnRandomCalendars() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            BusyIntervals busy = new BusyIntervals();
            int count = random.nextInt(30);
            int[][] intervals = new int[count][];
            for (int i = 0; i < count; i++) {
                int start = random.nextInt(1_000);
                intervals[i] = new int[]{start, start + 1 + random.nextInt(120)};
                busy.add("r", at(intervals[i][0]), at(intervals[i][1]));
            }
            int from = random.nextInt(1_100);
            int to = from + 1 + random.nextInt(90);
            boolean expected = false;
            for (int[] interval : intervals) {
                expected |= interval[0] < to && interval[1] > from;
            }
            assertThat(busy.overlaps("r", at(from), at(to))).as("round %d", round).isEqualTo(expected);
        }
    }
}
