package com.regimen.core.booking;

import java.util.Map;
import java.util.Set;

/** Where an appointment is in its life, and where it may go next. */
public enum AppointmentStatus {
    BOOKED,
    CHECKED_IN,
    COMPLETED,
    CANCELLED,
    NO_SHOW;

    private static final Map<AppointmentStatus, Set<AppointmentStatus>> NEXT = Map.of(
            BOOKED, Set.of(BOOKED, CHECKED_IN, CANCELLED, NO_SHOW),
            CHECKED_IN, Set.of(COMPLETED, CANCELLED),
            COMPLETED, Set.of(),
            CANCELLED, Set.of(),
            NO_SHOW, Set.of());

    public boolean canBecome(AppointmentStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** Statuses that hold a practitioner, a room and stock. */
    public boolean holdsResources() {
        return this == BOOKED || this == CHECKED_IN;
    }
}
