package com.regimen.web.resources;

import com.regimen.core.booking.Availability;
import com.regimen.core.booking.CompactSlots;
import com.regimen.core.database.StorableDates;
import com.regimen.core.errors.DomainException;
import com.regimen.web.api.CompactAvailabilityView;
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
            + "CLEARANCE_REQUIRED, INTAKE_STALE, ...). With `first`, only the first that many slots (earliest "
            + "first, then by practitioner id), at most " + Availability.MAX_FIRST + ". The compact form of the "
            + "same slots is GET /availability/compact.")
    public Slots find(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                      @QueryParam("locationId") String locationId, @QueryParam("treatmentId") String treatmentId,
                      @QueryParam("from") String from, @QueryParam("to") String to,
                      @QueryParam("practitionerId") String practitionerId,
                      @QueryParam("patientId") String patientId,
                      @Parameter(description = "Only the first this many slots, 1 to " + Availability.MAX_FIRST,
                              schema = @Schema(type = "integer", minimum = "1", maximum = "1000"))
                      @QueryParam("first") String first) {
        List<Availability.AvailableSlot> found = search(principal, locationId, treatmentId, from, to, practitionerId,
                patientId, first);
        // A busy location has thousands of slots sharing a few hundred start times: each instant is
        // written out once (in a profile of the benchmark, writing the answer was a quarter of the search).
        Map<Instant, String> written = new HashMap<>();
        return new Slots(found.stream().map(slot -> new SlotView(written.computeIfAbsent(slot.start(), Instant::toString),
                written.computeIfAbsent(slot.end(), Instant::toString), slot.practitionerId(), slot.roomId())).toList());
    }

    @GET
    @Path("/compact")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(operationId = "findCompactAvailability", summary = "Bookable slots, compact",
            description = "The same search and the same slots as GET /availability (same parameters and errors), "
                    + "written per day and practitioner as the instants a session can start, without a room: "
                    + "booking picks a free suitable one. A busy location's fortnight is about a sixth of the full "
                    + "form's size.")
    public CompactAvailabilityView findCompact(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                               @QueryParam("locationId") String locationId,
                                               @QueryParam("treatmentId") String treatmentId,
                                               @QueryParam("from") String from, @QueryParam("to") String to,
                                               @QueryParam("practitionerId") String practitionerId,
                                               @QueryParam("patientId") String patientId,
                                               @Parameter(description = "Only the first this many slots, 1 to "
                                                       + Availability.MAX_FIRST, schema = @Schema(type = "integer",
                                                       minimum = "1", maximum = "1000"))
                                               @QueryParam("first") String first) {
        return CompactAvailabilityView.of(CompactSlots.of(search(principal, locationId, treatmentId, from, to,
                practitionerId, patientId, first)));
    }

    private List<Availability.AvailableSlot> search(StaffPrincipal principal, String locationId, String treatmentId,
                                                    String from, String to, String practitionerId, String patientId,
                                                    String first) {
        if (locationId == null) {
            throw DomainException.invalid("locationId", "is required");
        }
        return availability.find(principal.identity(), locationId, treatmentId, date("from", from), date("to", to),
                practitionerId, patientId, count("first", first));
    }

    /** A whole number, or absent; anything else is the caller's mistake, said as such (never a 404 from Jersey). */
    private static Integer count(String field, String text) {
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw DomainException.invalid(field, "must be a whole number");
        }
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
