package com.regimen.core.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Found slots in their compact form: per day and practitioner, the start times. A busy location's
 * 14 days are some ten thousand slots sharing a few hundred starts; written out one object per slot
 * they were 1.5 MB, most of it repeated ids. The room is left to booking, which picks a free one.
 */
public final class CompactSlots {
    private CompactSlots() {
    }

    public record PractitionerDay(LocalDate day, String practitionerId, List<Instant> starts) {
    }

    /** Days in order, practitioners in id order within a day, starts in order. */
    public static List<PractitionerDay> of(List<Availability.AvailableSlot> slots) {
        Map<LocalDate, Map<String, List<Instant>>> byDay = new TreeMap<>();
        for (Availability.AvailableSlot slot : slots) {
            byDay.computeIfAbsent(slot.day(), day -> new TreeMap<>())
                    .computeIfAbsent(slot.practitionerId(), id -> new ArrayList<>()).add(slot.start());
        }
        List<PractitionerDay> compact = new ArrayList<>();
        byDay.forEach((day, practitioners) -> practitioners.forEach((id, starts) -> {
            starts.sort(null);
            compact.add(new PractitionerDay(day, id, List.copyOf(starts)));
        }));
        return compact;
    }
}
