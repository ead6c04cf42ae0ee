package com.regimen.web.resources;

import com.regimen.core.staff.NewStaffUser;
import com.regimen.core.staff.StaffDirectory;
import com.regimen.core.staff.StaffUser;
import com.regimen.web.api.NewUserRequest;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/users")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tenants and staff")
public class UserResource {
    private final StaffDirectory staff;

    public UserResource(StaffDirectory staff) {
        this.staff = staff;
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.OWNER, Roles.MANAGER})
    @Operation(summary = "Add a member of staff", description = "Only an owner may add another owner. "
            + "409 EMAIL_TAKEN when the email is already used in this tenant.")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StaffUser.class)))
    public Response create(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                           @NotNull @Valid NewUserRequest request) {
        StaffUser user = staff.add(principal.identity(),
                new NewStaffUser(request.email(), request.password(), request.name(), request.role()));
        return Response.status(Response.Status.CREATED).entity(user).build();
    }

    @GET
    @Path("/me")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(summary = "The signed-in member of staff")
    public StaffUser me(@Parameter(hidden = true) @Auth StaffPrincipal principal) {
        return staff.me(principal.identity());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER})
    @Operation(summary = "A member of staff")
    public StaffUser get(@Parameter(hidden = true) @Auth StaffPrincipal principal, @PathParam("id") String id) {
        return staff.get(principal.identity(), id);
    }
}
