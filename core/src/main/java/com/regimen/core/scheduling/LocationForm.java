package com.regimen.core.scheduling;

import java.util.List;
import java.util.Map;

/** A location as a client describes it; currency defaults to the tenant's, slot step to 15 minutes. */
public record LocationForm(String name, String timezone, String currency, Map<String, List<List<String>>> openingHours,
                           List<Closure> closures, List<String> accreditations, Integer slotMinutes) {
}
