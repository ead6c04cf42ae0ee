package com.regimen.core.booking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * When each practitioner or room is taken, indexed for the availability search: sorted by start,
 * so asking whether a candidate slot overlaps anything is a binary search and a short scan rather
 * than a pass over every appointment in the window (which made a 14-day search for a busy
 * location take 300 ms).
 */
final class BusyIntervals {
    private final Map<String, List<long[]>> pending = new HashMap<>();
    private final Map<String, long[][]> sorted = new HashMap<>();
    private long longest;

    void add(String resource, Instant from, Instant to) {
        long start = from.toEpochMilli();
        long end = to.toEpochMilli();
        longest = Math.max(longest, end - start);
        pending.computeIfAbsent(resource, k -> new ArrayList<>()).add(new long[]{start, end});
        sorted.remove(resource);
    }

    /** Whether anything of {@code resource} overlaps [from, to). */
    boolean overlaps(String resource, Instant from, Instant to) {
        return of(resource).overlaps(from.toEpochMilli(), to.toEpochMilli());
    }

    /** One resource's intervals, for a search that asks about it at every start: looked up once. */
    Taken of(String resource) {
        return new Taken(sorted.computeIfAbsent(resource, this::sort));
    }

    final class Taken {
        private final long[][] intervals;

        private Taken(long[][] intervals) {
            this.intervals = intervals;
        }

        /** Whether anything overlaps [start, end), in epoch milliseconds. */
        boolean overlaps(long start, long end) {
            // Nothing that starts before start - longest can reach start.
            for (int i = firstStartingAtOrAfter(intervals, start - longest); i < intervals.length; i++) {
                if (intervals[i][0] >= end) {
                    return false;
                }
                if (intervals[i][1] > start) {
                    return true;
                }
            }
            return false;
        }
    }

    private long[][] sort(String resource) {
        long[][] intervals = pending.getOrDefault(resource, List.of()).toArray(new long[0][]);
        Arrays.sort(intervals, (a, b) -> Long.compare(a[0], b[0]));
        return intervals;
    }

    private static int firstStartingAtOrAfter(long[][] intervals, long instant) {
        int low = 0;
        int high = intervals.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (intervals[middle][0] < instant) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
