package com.regimen.web.api;

import com.regimen.core.scheduling.Room;

import java.time.Instant;
import java.util.List;
import java.util.TreeSet;

public record RoomView(String id, String locationId, String name, List<String> equipment, int turnoverMinutes,
                       boolean active, Instant createdAt, Instant updatedAt) {
    public static RoomView of(Room r) {
        return new RoomView(r.id(), r.locationId(), r.name(), List.copyOf(new TreeSet<>(r.equipment())),
                r.turnoverMinutes(), r.active(), r.createdAt(), r.updatedAt());
    }
}
