package com.regimen.web.api;

import com.regimen.core.scheduling.Practitioner;
import com.regimen.core.scheduling.PractitionerCredential;
import com.regimen.core.scheduling.PractitionerForm;
import com.regimen.core.scheduling.WeeklyHours;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

public record PractitionerView(String id, String name, @Schema(nullable = true) String userId,
                               List<PractitionerCredential> credentials,
                               List<PractitionerForm.ShiftForm> schedule, boolean active, Instant createdAt,
                               @Schema(nullable = true) Instant updatedAt) {
    public static PractitionerView of(Practitioner p) {
        return new PractitionerView(p.id(), p.name(), p.userId(), p.credentials(), p.schedule().stream()
                .map(s -> new PractitionerForm.ShiftForm(s.locationId(), WeeklyHours.dayName(s.day()),
                        s.hours().from().toString(), s.hours().to().toString())).toList(),
                p.active(), p.createdAt(), p.updatedAt());
    }
}
