package com.regimen.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** Request bodies of the booking endpoints. */
public final class BookingRequests {
    private BookingRequests() {
    }

    public record NewAppointment(@NotBlank @Size(max = 64) String patientId, @NotBlank @Size(max = 40) String treatmentId,
                                 @NotBlank @Size(max = 64) String locationId, @NotNull @Storable Instant start,
                                 @Size(max = 64) String practitionerId, @Size(max = 64) String roomId,
                                 @Schema(deprecated = true, description = "No longer accepted (422 "
                                         + "CLEARANCE_NOT_ACCEPTED): a physician records a clearance with POST "
                                         + "/v1/patients/{id}/clearances.") Object clearance) {
    }

    public record NewCourse(@NotBlank @Size(max = 64) String patientId, @NotBlank @Size(max = 40) String treatmentId,
                            @NotBlank @Size(max = 64) String locationId, @NotNull @Min(1) @Max(52) Integer sessions,
                            @NotNull @Storable Instant firstStart, @Size(max = 64) String practitionerId,
                            @Schema(deprecated = true, description = "No longer accepted (422 "
                                    + "CLEARANCE_NOT_ACCEPTED).") Object clearance) {
    }

    public record Reschedule(@NotNull @Storable Instant start, @Size(max = 64) String practitionerId,
                             @Size(max = 64) String roomId) {
    }

    public record Cancel(@Size(max = 500) String reason) {
    }
}
