package com.regimen.core.booking;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CompactSlotsTest {
    private static final Instant MONDAY = Instant.parse("2026-12-07T06:00:00Z");

    /** Each slot is (day offset, quarter-hour, practitioner number); the compact form keeps exactly those starts. */
    @Property
    void theCompactFormHoldsEveryStartOnceAndNothingElse(
            @ForAll @Size(max = 200) List<@IntRange(min = 0, max = 13) Integer> days,
            @ForAll @Size(max = 200) List<@IntRange(min = 0, max = 59) Integer> quarters,
            @ForAll @Size(max = 200) List<@IntRange(min = 0, max = 4) Integer> practitioners) {
        int n = Math.min(days.size(), Math.min(quarters.size(), practitioners.size()));
        Set<List<Object>> expected = new HashSet<>();
        List<Availability.AvailableSlot> slots = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Instant start = MONDAY.plusSeconds(days.get(i) * 86_400L + quarters.get(i) * 900L);
            String practitioner = "p" + practitioners.get(i);
            if (expected.add(List.of(start, practitioner))) {
                slots.add(new Availability.AvailableSlot(start, start.plusSeconds(2_700), practitioner, "r1",
                        LocalDate.ofInstant(start, ZoneOffset.UTC)));
            }
        }

        List<CompactSlots.PractitionerDay> compact = CompactSlots.of(slots);

        Set<List<Object>> found = new HashSet<>();
        int count = 0;
        for (CompactSlots.PractitionerDay group : compact) {
            assertThat(group.starts()).isSortedAccordingTo(Comparator.naturalOrder()).isNotEmpty();
            for (Instant start : group.starts()) {
                assertThat(LocalDate.ofInstant(start, ZoneOffset.UTC)).isEqualTo(group.day());
                found.add(List.of(start, group.practitionerId()));
                count++;
            }
        }
        assertThat(found).isEqualTo(expected);
        assertThat(count).isEqualTo(expected.size());
        assertThat(compact).isSortedAccordingTo(Comparator.comparing(CompactSlots.PractitionerDay::day)
                .thenComparing(CompactSlots.PractitionerDay::practitionerId));
    }
}
