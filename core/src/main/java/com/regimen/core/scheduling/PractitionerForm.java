package com.regimen.core.scheduling;

import java.time.LocalDate;
import java.util.List;

/** A practitioner as a client describes them; schedule times are HH:MM in the location's zone. */
public record PractitionerForm(String name, String userId, List<CredentialForm> credentials,
                               List<ShiftForm> schedule) {
    public record CredentialForm(String type, String licenceNumber, LocalDate expiresOn) {
    }

    public record ShiftForm(String locationId, String day, String from, String to) {
    }
}
