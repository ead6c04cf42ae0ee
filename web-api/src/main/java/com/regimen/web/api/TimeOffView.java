package com.regimen.web.api;

import com.regimen.core.scheduling.TimeOff;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/** A practitioner's time off: no appointment is booked for them between {@code from} and {@code to}. */
public record TimeOffView(String id, String practitionerId, Instant from, Instant to,
                          @Schema(nullable = true) String reason, Instant createdAt) {
    public static TimeOffView of(TimeOff timeOff) {
        return new TimeOffView(timeOff.id(), timeOff.practitionerId(), timeOff.from(), timeOff.to(), timeOff.reason(),
                timeOff.createdAt());
    }
}
