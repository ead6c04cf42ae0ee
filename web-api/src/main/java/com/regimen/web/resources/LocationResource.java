package com.regimen.web.resources;

import com.regimen.core.booking.TreatmentOfferings;
import com.regimen.core.paging.PageRequest;
import com.regimen.core.scheduling.LocationForm;
import com.regimen.core.scheduling.Locations;
import com.regimen.web.api.Languages;
import com.regimen.web.api.ListResponse;
import com.regimen.web.api.LocationTreatmentRequest;
import com.regimen.web.api.LocationTreatmentView;
import com.regimen.web.api.LocationView;
import com.regimen.web.auth.Roles;
import com.regimen.web.auth.StaffPrincipal;
import com.regimen.web.idempotency.Idempotent;
import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/locations")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Locations, rooms, practitioners")
public class LocationResource {
    private final Locations locations;
    private final TreatmentOfferings offerings;

    public LocationResource(Locations locations, TreatmentOfferings offerings) {
        this.locations = locations;
        this.offerings = offerings;
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.OWNER, Roles.MANAGER})
    @Operation(operationId = "createLocation",
            summary = "Open a location", description = "{name, timezone (IANA), currency?, openingHours: "
            + "{\"MON\": [[\"09:00\",\"18:00\"]]}, closures: [{date, reason}], accreditations: [\"stem-cell\"], "
            + "slotMinutes?}")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = LocationView.class)))
    public Response create(@Parameter(hidden = true) @Auth StaffPrincipal principal, @NotNull LocationForm form) {
        return Response.status(Response.Status.CREATED)
                .entity(LocationView.of(locations.create(principal.identity(), form))).build();
    }

    @GET
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(operationId = "listLocations", summary = "List locations")
    public ListResponse<LocationView> list(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                           @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return ListResponse.of(locations.list(principal.identity(), PageRequest.of(limit, cursor)), LocationView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(operationId = "getLocation", summary = "A location")
    public LocationView get(@Parameter(hidden = true) @Auth StaffPrincipal principal, @PathParam("id") String id) {
        return LocationView.of(locations.get(principal.identity(), id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER})
    @Operation(operationId = "updateLocation", summary = "Replace a location's details")
    public LocationView update(@Parameter(hidden = true) @Auth StaffPrincipal principal, @PathParam("id") String id,
                               @NotNull LocationForm form) {
        return LocationView.of(locations.update(principal.identity(), id, form));
    }

    @POST
    @Path("/{id}/deactivate")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER})
    @Operation(operationId = "deactivateLocation",
            summary = "Deactivate a location", description = "Kept for history; nothing new is booked there.")
    public LocationView deactivate(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                   @PathParam("id") String id) {
        return LocationView.of(locations.deactivate(principal.identity(), id));
    }

    @GET
    @Path("/{id}/treatments")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(operationId = "listLocationTreatments", summary = "Which treatments a location offers",
            description = "Every installed treatment at this location: bookable (offered) only when the chain "
                    + "enables it, the location's accreditations allow it and it is not switched off here.")
    public ListResponse<LocationTreatmentView> treatments(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                                          @PathParam("id") String id,
                                                          @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        String language = Languages.pick(acceptLanguage);
        return new ListResponse<>(offerings.at(principal.identity(), id).stream()
                .map(o -> LocationTreatmentView.of(id, o, language)).toList(), null);
    }

    @PUT
    @Path("/{id}/treatments/{treatmentId}")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER})
    @Operation(operationId = "setLocationTreatment", summary = "Switch a treatment on or off at a location",
            description = "{offered: false} stops new bookings, courses, moves and free slots of the treatment "
                    + "here (422 TREATMENT_NOT_OFFERED_HERE); visits already booked stand. {offered: true} lifts "
                    + "the switch (accreditations still apply).")
    public LocationTreatmentView setTreatment(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                              @PathParam("id") String id, @PathParam("treatmentId") String treatmentId,
                                              @NotNull @Valid LocationTreatmentRequest request,
                                              @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return LocationTreatmentView.of(id, offerings.set(principal.identity(), id, treatmentId, request.offered()),
                Languages.pick(acceptLanguage));
    }
}
