package com.regimen.web.resources;

import com.regimen.core.booking.Availability;
import com.regimen.core.database.StorableDates;
import com.regimen.core.errors.DomainException;
import com.regimen.web.auth.Roles;
import com.regimen.web.auth.StaffPrincipal;
import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@Path("/availability")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Booking")
public class AvailabilityResource {
    private final Availability availability;

    public AvailabilityResource(Availability availability) {
        this.availability = availability;
    }

    /** start and end are ISO-8601 instants, as everywhere else in the API. */
    public record SlotView(@Schema(format = "date-time") String start, @Schema(format = "date-time") String end,
                           String practitionerId, String roomId) {
    }

    public record Slots(List<SlotView> slots) {
    }

    @GET
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(operationId = "findAvailability",
            summary = "Bookable slots", description = "`from` and `to` are dates (inclusive) in the location's "
            + "time zone, at most 31 days apart. One slot per practitioner and start, with a free suitable room. A "
            + "search that would weigh more than 500,000 starts times practitioners answers 422 AVAILABILITY_TOO_BROAD. "
            + "With `patientId`, the patient must first pass booking's clinical gate (422 CONTRAINDICATED, "
            + "CLEARANCE_REQUIRED, INTAKE_STALE, ...).")
    public Slots find(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                      @QueryParam("locationId") String locationId, @QueryParam("treatmentId") String treatmentId,
                      @QueryParam("from") String from, @QueryParam("to") String to,
                      @QueryParam("practitionerId") String practitionerId,
                      @QueryParam("patientId") String patientId) {
        if (locationId == null) {
            throw DomainException.invalid("locationId", "is required");
        }
        List<Availability.AvailableSlot> found = availability.find(principal.identity(), locationId, treatmentId,
                date("from", from), date("to", to), practitionerId, patientId);
        // A busy location has thousands of slots sharing a few hundred start times: each instant is
        // written out once (in a profile of the benchmark, writing the answer was a quarter of the search).
        Map<Instant, String> written = new HashMap<>();
        return new Slots(found.stream().map(slot -> new SlotView(written.computeIfAbsent(slot.start(), Instant::toString),
                written.computeIfAbsent(slot.end(), Instant::toString), slot.practitionerId(), slot.roomId())).toList());
    }

    private static LocalDate date(String field, String text) {
        LocalDate parsed;
        try {
            parsed = LocalDate.parse(text == null ? "" : text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(field, "must be a date like 2026-12-01");
        }
        return StorableDates.check(field, parsed);
    }
}
