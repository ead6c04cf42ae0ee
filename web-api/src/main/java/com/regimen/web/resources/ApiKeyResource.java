package com.regimen.web.resources;

import com.regimen.core.identity.Role;
import com.regimen.core.paging.PageRequest;
import com.regimen.core.staff.ApiKeys;
import com.regimen.core.staff.IssuedApiKey;
import com.regimen.web.api.ApiKeyView;
import com.regimen.web.api.ListResponse;
import com.regimen.web.api.NewApiKeyRequest;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/api-keys")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.OWNER)
@Tag(name = "Tenants and staff")
public class ApiKeyResource {
    private final ApiKeys apiKeys;

    public ApiKeyResource(ApiKeys apiKeys) {
        this.apiKeys = apiKeys;
    }

    @POST
    @Idempotent
    @RolesAllowed(Roles.OWNER)
    @Operation(operationId = "createApiKey",
            summary = "Create an API key", description = "The secret is in this answer only.")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApiKeyView.class)))
    public Response create(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                           @NotNull @Valid NewApiKeyRequest request) {
        Role role = request.role() == null ? Role.OWNER : request.role();
        IssuedApiKey issued = apiKeys.create(principal.identity(), request.name().strip(), role);
        return Response.status(Response.Status.CREATED).entity(ApiKeyView.of(issued.key(), issued.secret())).build();
    }

    @GET
    @RolesAllowed(Roles.OWNER)
    @Operation(operationId = "listApiKeys", summary = "List API keys")
    public ListResponse<ApiKeyView> list(@Parameter(hidden = true) @Auth StaffPrincipal principal,
                                         @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return ListResponse.of(apiKeys.list(principal.identity(), PageRequest.of(limit, cursor)),
                key -> ApiKeyView.of(key, null));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.OWNER)
    @Operation(operationId = "revokeApiKey",
            summary = "Revoke an API key", description = "Requests with it get 401 from now on.")
    public ApiKeyView revoke(@Parameter(hidden = true) @Auth StaffPrincipal principal, @PathParam("id") String id) {
        return ApiKeyView.of(apiKeys.revoke(principal.identity(), id), null);
    }
}
