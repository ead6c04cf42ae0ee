package com.regimen.web.resources;

import com.regimen.core.staff.SessionGrant;
import com.regimen.core.staff.StaffSignIn;
import com.regimen.web.api.SessionRequest;
import com.regimen.web.api.SessionResponse;
import com.regimen.web.auth.BeforePasswordChange;
import com.regimen.web.auth.PublicEndpoint;
import com.regimen.web.auth.Roles;
import com.regimen.web.auth.SessionCookie;
import com.regimen.web.auth.StaffPrincipal;
import com.regimen.web.http.ClientAddresses;
import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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

import java.time.Duration;

@Path("/sessions")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tenants and staff")
public class SessionResource {
    private final StaffSignIn signIn;
    private final Duration lifetime;
    private final ClientAddresses clients;

    public SessionResource(StaffSignIn signIn, Duration lifetime, ClientAddresses clients) {
        this.signIn = signIn;
        this.lifetime = lifetime;
        this.clients = clients;
    }

    @POST
    @PublicEndpoint
    @Operation(operationId = "signIn",
            summary = "Sign in", description = "Answers 401 INVALID_CREDENTIALS for any wrong tenant, email or "
            + "password, and 429 TOO_MANY_ATTEMPTS after repeated failures for one account or address, 503 "
            + "SIGN_IN_BUSY (with Retry-After) while too many passwords are being checked at once. With "
            + "{cookie: true} the token is set as an HttpOnly, SameSite=Strict cookie instead of answered; requests "
            + "made with that cookie must carry the header X-Regimen-Client.")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SessionResponse.class)))
    public Response create(@NotNull @Valid SessionRequest request,
                           @Parameter(hidden = true) @Context HttpServletRequest http) {
        SessionGrant grant = signIn.signIn(request.tenantId(), request.email(), request.password(),
                clients.of(http));
        if (Boolean.TRUE.equals(request.cookie())) {
            return Response.status(Response.Status.CREATED)
                    .cookie(SessionCookie.issue(grant.token(), lifetime, secure(http)))
                    .entity(new SessionResponse(null, grant.expiresAt(), grant.role(), grant.userId(),
                            grant.passwordChangeRequired())).build();
        }
        return Response.status(Response.Status.CREATED)
                .entity(new SessionResponse(grant.token(), grant.expiresAt(), grant.role(), grant.userId(),
                        grant.passwordChangeRequired()))
                .build();
    }

    @DELETE
    @Path("/current")
    @BeforePasswordChange
    @RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FRONT_DESK, Roles.PRACTITIONER})
    @Operation(operationId = "signOut",
            summary = "Sign out", description = "Revokes the session this request is made with.")
    @ApiResponse(responseCode = "204", description = "Done; no body")
    public Response revokeCurrent(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                  @Parameter(hidden = true) @Context HttpServletRequest http) {
        signIn.signOut(principal.identity());
        return Response.noContent().cookie(SessionCookie.clear(secure(http))).build();
    }

    /** Behind a TLS-terminating proxy the request arrives as plain HTTP but the browser sees HTTPS. */
    private static boolean secure(HttpServletRequest http) {
        return http.isSecure() || "https".equalsIgnoreCase(http.getHeader("X-Forwarded-Proto"));
    }
}
