package com.regimen.core.scheduling;

import java.util.List;

public record RoomForm(String locationId, String name, List<String> equipment, Integer turnoverMinutes) {
}
