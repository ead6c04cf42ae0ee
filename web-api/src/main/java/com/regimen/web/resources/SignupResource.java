package com.regimen.web.resources;

import com.regimen.core.tenancy.SignupForm;
import com.regimen.core.tenancy.SignupResult;
import com.regimen.core.tenancy.TenantSignup;
import com.regimen.web.api.SignupRequest;
import com.regimen.web.api.SignupResponse;
import com.regimen.web.auth.PublicEndpoint;
import com.regimen.web.http.ClientAddresses;
import com.regimen.web.idempotency.Idempotent;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/signup")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tenants and staff")
public class SignupResource {
    private final TenantSignup signup;
    private final ClientAddresses clients;

    public SignupResource(TenantSignup signup, ClientAddresses clients) {
        this.signup = signup;
        this.clients = clients;
    }

    @POST
    @PublicEndpoint
    @Idempotent
    @Operation(operationId = "signUp", summary = "Sign a clinic chain up",
            description = "Creates the tenant, its owner and a first API key in one transaction. "
                    + "The API key is shown only in this answer. One address may sign up a limited number of "
                    + "times an hour (429 SIGNUP_RATE_LIMITED); a common password is refused (400 "
                    + "PASSWORD_TOO_COMMON).")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SignupResponse.class)))
    public Response signup(@NotNull @Valid SignupRequest request,
                           @Parameter(hidden = true) @Context HttpServletRequest http) {
        SignupResult result = signup.signup(new SignupForm(request.tenantName(), request.ownerEmail(),
                request.ownerPassword(), request.ownerName(), request.currency(), request.locale()), clients.of(http));
        return Response.status(Response.Status.CREATED)
                .entity(new SignupResponse(result.tenantId(), result.ownerUserId(), result.apiKey()))
                .build();
    }
}
