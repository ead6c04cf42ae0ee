package com.regimen.web.resources;

import com.regimen.core.paging.PageRequest;
import com.regimen.core.scheduling.RoomForm;
import com.regimen.core.scheduling.Rooms;
import com.regimen.web.api.ListResponse;
import com.regimen.web.api.RoomView;
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
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/rooms")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Locations, rooms, practitioners")
public class RoomResource {
    private final Rooms rooms;

    public RoomResource(Rooms rooms) {
        this.rooms = rooms;
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.OWNER, Roles.MANAGER})
    @Operation(operationId = "createRoom",
            summary = "Add a room", description = "{locationId, name, equipment: [\"centrifuge\"], turnoverMinutes}")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RoomView.class)))
    public Response create(@Parameter(hidden = true) @Auth StaffPrincipal principal, @NotNull RoomForm form) {
        return Response.status(Response.Status.CREATED).entity(RoomView.of(rooms.create(principal.identity(), form)))
                .build();
    }

    @GET
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(operationId = "listRooms", summary = "List rooms", description = "Optionally of one location.")
    public ListResponse<RoomView> list(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                       @QueryParam("locationId") String locationId,
                                       @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return ListResponse.of(rooms.list(principal.identity(), locationId, PageRequest.of(limit, cursor)),
                RoomView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(operationId = "getRoom", summary = "A room")
    public RoomView get(@Parameter(hidden = true) @Auth StaffPrincipal principal, @PathParam("id") String id) {
        return RoomView.of(rooms.get(principal.identity(), id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER})
    @Operation(operationId = "updateRoom", summary = "Replace a room's details")
    public RoomView update(@Parameter(hidden = true) @Auth StaffPrincipal principal, @PathParam("id") String id,
                           @NotNull RoomForm form) {
        return RoomView.of(rooms.update(principal.identity(), id, form));
    }

    @POST
    @Path("/{id}/deactivate")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER})
    @Operation(operationId = "deactivateRoom", summary = "Deactivate a room")
    public RoomView deactivate(@Parameter(hidden = true) @Auth StaffPrincipal principal, @PathParam("id") String id) {
        return RoomView.of(rooms.deactivate(principal.identity(), id));
    }
}
