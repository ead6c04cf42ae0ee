package com.regimen.web.resources;

import com.regimen.core.paging.PageRequest;
import com.regimen.core.scheduling.Practitioners;
import com.regimen.web.api.ListResponse;
import com.regimen.web.api.PractitionerRequest;
import com.regimen.web.api.PractitionerView;
import com.regimen.web.api.TimeOffRequest;
import com.regimen.web.api.TimeOffView;
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
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

@Path("/practitioners")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Locations, rooms, practitioners")
public class PractitionerResource {
    private final Practitioners practitioners;

    public PractitionerResource(Practitioners practitioners) {
        this.practitioners = practitioners;
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.OWNER, Roles.MANAGER})
    @Operation(operationId = "createPractitioner",
            summary = "Add a practitioner", description = "{name, credentials: [\"PHYSICIAN\" or {type, "
            + "licenceNumber, expiresOn}], schedule: [{locationId, day, from, to}]}")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PractitionerView.class)))
    public Response create(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                           @NotNull @Valid PractitionerRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(PractitionerView.of(practitioners.create(principal.identity(), request.toForm()))).build();
    }

    @GET
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(operationId = "listPractitioners", summary = "List practitioners")
    public ListResponse<PractitionerView> list(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                               @QueryParam("limit") Integer limit,
                                               @QueryParam("cursor") String cursor) {
        return ListResponse.of(practitioners.list(principal.identity(), PageRequest.of(limit, cursor)),
                PractitionerView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(operationId = "getPractitioner", summary = "A practitioner")
    public PractitionerView get(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                @PathParam("id") String id) {
        return PractitionerView.of(practitioners.get(principal.identity(), id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER})
    @Operation(operationId = "updatePractitioner", summary = "Replace a practitioner's details")
    public PractitionerView update(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                   @PathParam("id") String id, @NotNull @Valid PractitionerRequest request) {
        return PractitionerView.of(practitioners.update(principal.identity(), id, request.toForm()));
    }

    @POST
    @Path("/{id}/deactivate")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER})
    @Operation(operationId = "deactivatePractitioner", summary = "Deactivate a practitioner")
    public PractitionerView deactivate(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                       @PathParam("id") String id) {
        return PractitionerView.of(practitioners.deactivate(principal.identity(), id));
    }

    @POST
    @Path("/{id}/time-off")
    @Idempotent
    @RolesAllowed({Roles.OWNER, Roles.MANAGER})
    @Operation(operationId = "addTimeOff",
            summary = "Record time off", description = "{from, to, reason}: instants, to after from.")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TimeOffView.class)))
    public Response addTimeOff(@Parameter(hidden = true) @Auth StaffPrincipal principal, @PathParam("id") String id,
                               @NotNull @Valid TimeOffRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(TimeOffView.of(practitioners.addTimeOff(principal.identity(), id, request.from(), request.to(),
                        request.reason()))).build();
    }

    @GET
    @Path("/{id}/time-off")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(operationId = "listTimeOff",
            summary = "Time off, recent and coming", description = "How far back it reaches is "
            + "the API's rule, not a request parameter (docs/api.md, Endpoints so far).")
    public ListResponse<TimeOffView> timeOff(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                             @PathParam("id") String id) {
        return new ListResponse<>(practitioners.timeOff(principal.identity(), id).stream().map(TimeOffView::of)
                .toList(), null);
    }

    @DELETE
    @Path("/{id}/time-off/{timeOffId}")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER})
    @Operation(operationId = "deleteTimeOff", summary = "Take back time off",
            description = "The hours it covered are bookable again; audited practitioner.time_off_deleted.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    public Response deleteTimeOff(@Parameter(hidden = true) @Auth StaffPrincipal principal, @PathParam("id") String id,
                                  @PathParam("timeOffId") String timeOffId) {
        practitioners.deleteTimeOff(principal.identity(), id, timeOffId);
        return Response.noContent().build();
    }
}
