package com.regimen.bench;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SlotPlanTest {
    private static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");

    @Test
    void aDaysSlotsNeverShareAPractitionerOrARoom() {
        LocalDate day = LocalDate.of(2027, 3, 1);
        List<SlotPlan.Slot> slots = new ArrayList<>();
        for (int i = 0; i < SlotPlan.PER_DAY; i++) {
            slots.add(SlotPlan.slot(RIYADH, day, i));
        }
        for (SlotPlan.Slot a : slots) {
            for (SlotPlan.Slot b : slots) {
                if (a == b) {
                    continue;
                }
                if (a.practitioner() == b.practitioner()) {
                    assertThat(a.start().isBefore(b.end()) && b.start().isBefore(a.end())).as("%s %s", a, b).isFalse();
                }
                if (a.room() == b.room()) {
                    assertThat(a.start().isBefore(b.roomFreeAt()) && b.start().isBefore(a.roomFreeAt()))
                            .as("%s %s", a, b).isFalse();
                }
            }
        }
    }

    @Test
    void everySlotIsInsideOpeningHoursOnItsDay() {
        LocalDate day = LocalDate.of(2027, 3, 1);
        for (int i = 0; i < SlotPlan.PER_DAY; i++) {
            SlotPlan.Slot slot = SlotPlan.slot(RIYADH, day, i);
            assertThat(slot.start().atZone(RIYADH).toLocalDate()).isEqualTo(day);
            assertThat(slot.start().atZone(RIYADH).toLocalTime()).isAfterOrEqualTo(LocalTime.parse(BenchClinic.OPENS));
            assertThat(slot.end().atZone(RIYADH).toLocalTime()).isBeforeOrEqualTo(LocalTime.parse(BenchClinic.CLOSES));
        }
        assertThat(SlotPlan.nth(RIYADH, day, SlotPlan.PER_DAY).day()).isEqualTo(day.plusDays(1));
    }

    @Test
    void aTenantsHistoryNeverRepeatsASlot() {
        SeedData seed = new SeedData(Fixtures.clinic("t"), "1.0.0", LocalDate.of(2026, 11, 22));
        Set<String> seen = new HashSet<>();
        for (long n = 0; n < 50_000; n++) {
            Object[] row = seed.historyRow("t", n);
            // starts_at and room_id: one session per room and start
            assertThat(seen.add(row[10] + "/" + row[7])).as("row %d", n).isTrue();
        }
    }
}
