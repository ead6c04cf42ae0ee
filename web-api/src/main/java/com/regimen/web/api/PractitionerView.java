package com.regimen.web.api;

import com.regimen.core.scheduling.Practitioner;
import com.regimen.core.scheduling.PractitionerCredential;
import com.regimen.core.scheduling.WeeklyHours;
import com.regimen.plugin.spi.Credential;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record PractitionerView(String id, String name, @Schema(nullable = true) String userId,
                               List<CredentialView> credentials,
                               List<ShiftView> schedule, boolean active, Instant createdAt,
                               @Schema(nullable = true) Instant updatedAt) {

    /** A professional licence; one with no expiry date never expires. */
    public record CredentialView(Credential type, @Schema(nullable = true) String licenceNumber,
                                 @Schema(nullable = true) LocalDate expiresOn) {
        static CredentialView of(PractitionerCredential c) {
            return new CredentialView(c.type(), c.licenceNumber(), c.expiresOn());
        }
    }

    /** A weekly shift, in the shape clients send it: a location, a day ("MON") and hours ("09:00"). */
    public record ShiftView(String locationId, String day, String from, String to) {
    }

    public static PractitionerView of(Practitioner p) {
        return new PractitionerView(p.id(), p.name(), p.userId(),
                p.credentials().stream().map(CredentialView::of).toList(), p.schedule().stream()
                .map(s -> new ShiftView(s.locationId(), WeeklyHours.dayName(s.day()),
                        s.hours().from().toString(), s.hours().to().toString())).toList(),
                p.active(), p.createdAt(), p.updatedAt());
    }
}
