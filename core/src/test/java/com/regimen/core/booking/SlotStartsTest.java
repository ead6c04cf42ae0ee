package com.regimen.core.booking;

import com.regimen.core.scheduling.TimeRange;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SlotStartsTest {

    /** The finding: 08:00-23:50 in 15-minute steps wrapped past midnight and never ended. */
    @Test
    void hoursEndingNearMidnightEndAtTheLastStartBeforeClosing() {
        List<LocalTime> starts = SlotStarts.within(new TimeRange(LocalTime.of(8, 0), LocalTime.of(23, 50)), 15);

        assertThat(starts).hasSize(64).startsWith(LocalTime.of(8, 0)).endsWith(LocalTime.of(23, 45));
    }

    @Test
    void aRangeToTheLastMinuteOfTheDayInOneMinuteStepsHasEveryMinute() {
        assertThat(SlotStarts.within(new TimeRange(LocalTime.MIDNIGHT, LocalTime.of(23, 59)), 1)).hasSize(23 * 60 + 59);
    }

    @Property(tries = 500)
    void everyStartIsInsideTheRangeOneStepApart(@ForAll("ranges") TimeRange hours,
                                                @ForAll("steps") int step) {
        List<LocalTime> starts = SlotStarts.within(hours, step);

        int span = hours.to().toSecondOfDay() - hours.from().toSecondOfDay();
        assertThat(starts).hasSize((span + step * 60 - 1) / (step * 60));
        assertThat(starts.get(0)).isEqualTo(hours.from());
        for (int i = 0; i < starts.size(); i++) {
            assertThat(starts.get(i)).isBefore(hours.to());
            if (i > 0) {
                assertThat(starts.get(i).toSecondOfDay() - starts.get(i - 1).toSecondOfDay()).isEqualTo(step * 60);
            }
        }
    }

    @Provide
    Arbitrary<TimeRange> ranges() {
        Arbitrary<Integer> minute = Arbitraries.integers().between(0, 24 * 60 - 1);
        return Combinators.combine(minute, minute).filter((a, b) -> !a.equals(b))
                .as((a, b) -> new TimeRange(LocalTime.ofSecondOfDay(Math.min(a, b) * 60L),
                        LocalTime.ofSecondOfDay(Math.max(a, b) * 60L)));
    }

    @Provide
    Arbitrary<Integer> steps() {
        return Arbitraries.of(5, 10, 15, 20, 30, 60, 120);
    }
}
