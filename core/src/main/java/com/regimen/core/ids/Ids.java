package com.regimen.core.ids;

import com.github.f4b6a3.uuid.UuidCreator;

/**
 * Row ids are made here, never by the database: time-ordered UUIDv7 strings keep InnoDB inserts
 * append-mostly like AUTO_INCREMENT would, yet stay unique across shards so a tenant's rows can
 * move between databases.
 */
public final class Ids {
    private Ids() {
    }

    public static String newId() {
        return UuidCreator.getTimeOrderedEpoch().toString();
    }

    /** Whether a client-supplied id could be one of ours; anything else cannot exist and is a 404. */
    public static boolean looksLikeId(String candidate) {
        return candidate != null
                && candidate.length() == 36
                && candidate.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    }
}
