package com.regimen.core.reports;

import com.regimen.core.identity.StaffIdentity;
import com.regimen.core.paging.Page;
import com.regimen.core.paging.PageRequest;
import com.regimen.core.scheduling.Location;
import com.regimen.core.scheduling.Locations;
import com.regimen.core.scheduling.Practitioner;
import com.regimen.core.scheduling.Practitioners;
import com.regimen.core.scheduling.Room;
import com.regimen.core.scheduling.Rooms;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Which of the reader's locations, rooms and practitioners a report covers; another tenant's location is 404. */
public final class ReportScope {
    private final Locations locations;
    private final Rooms rooms;
    private final Practitioners practitioners;

    public ReportScope(Locations locations, Rooms rooms, Practitioners practitioners) {
        this.locations = locations;
        this.rooms = rooms;
        this.practitioners = practitioners;
    }

    /** The one location named, or every location of the chain (deactivated ones too: their history counts). */
    public List<Location> locations(StaffIdentity reader, String locationId) {
        if (locationId != null && !locationId.isBlank()) {
            return List.of(locations.get(reader, locationId.strip()));
        }
        return all(cursor -> locations.list(reader, PageRequest.of(PageRequest.MAX_LIMIT, cursor)));
    }

    public List<Room> rooms(StaffIdentity reader, String locationId) {
        return all(cursor -> rooms.list(reader, locationId, PageRequest.of(PageRequest.MAX_LIMIT, cursor)));
    }

    public List<Practitioner> practitioners(StaffIdentity reader) {
        return all(cursor -> practitioners.list(reader, PageRequest.of(PageRequest.MAX_LIMIT, cursor)));
    }

    private static <T> List<T> all(Function<String, Page<T>> fetch) {
        List<T> found = new ArrayList<>();
        String cursor = null;
        do {
            Page<T> page = fetch.apply(cursor);
            found.addAll(page.data());
            cursor = page.nextCursor();
        } while (cursor != null);
        return found;
    }
}
