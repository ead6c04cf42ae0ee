package com.regimen.core.scheduling;

import com.regimen.plugin.spi.Credential;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A member of clinical staff who gives treatments, with licences and a weekly schedule. */
public record Practitioner(String tenantId, String id, String name, String userId,
                           List<PractitionerCredential> credentials, List<Shift> schedule, boolean active,
                           Instant createdAt, Instant updatedAt) {

    /** Whether an unexpired licence for one of {@code required} is held on {@code date}. */
    public boolean qualifiedFor(Set<Credential> required, LocalDate date) {
        return credentials.stream().anyMatch(c -> required.contains(c.type()) && c.validOn(date));
    }
}
