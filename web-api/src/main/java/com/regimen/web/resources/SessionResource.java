package com.regimen.web.resources;

import com.regimen.core.staff.SessionGrant;
import com.regimen.core.staff.StaffSignIn;
import com.regimen.web.api.SessionRequest;
import com.regimen.web.api.SessionResponse;
import com.regimen.web.auth.PublicEndpoint;
import com.regimen.web.auth.Roles;
import com.regimen.web.auth.StaffPrincipal;
import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/sessions")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tenants and staff")
public class SessionResource {
    private final StaffSignIn signIn;

    public SessionResource(StaffSignIn signIn) {
        this.signIn = signIn;
    }

    @POST
    @PublicEndpoint
    @Operation(summary = "Sign in", description = "Answers 401 INVALID_CREDENTIALS for any wrong tenant, email or "
            + "password, and 429 TOO_MANY_ATTEMPTS after repeated failures for one account or address.")
    public Response create(@NotNull @Valid SessionRequest request,
                           @Parameter(hidden = true) @Context HttpServletRequest http) {
        SessionGrant grant = signIn.signIn(request.tenantId(), request.email(), request.password(),
                http.getRemoteAddr());
        return Response.status(Response.Status.CREATED)
                .entity(new SessionResponse(grant.token(), grant.expiresAt(), grant.role(), grant.userId()))
                .build();
    }

    @DELETE
    @Path("/current")
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(summary = "Sign out", description = "Revokes the session this request is made with.")
    public Response revokeCurrent(@Parameter(hidden = true) @Auth StaffPrincipal principal) {
        signIn.signOut(principal.identity());
        return Response.noContent().build();
    }
}
