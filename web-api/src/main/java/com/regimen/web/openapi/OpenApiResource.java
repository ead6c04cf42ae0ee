package com.regimen.web.openapi;

import com.regimen.web.auth.PublicEndpoint;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.Set;

@Path("/openapi.json")
@Tag(name = "OpenAPI")
public class OpenApiResource {
    private final ResourceCatalog resourceClasses;
    private volatile OpenApiDescription description;

    /** Resource classes are read on first use, when every resource has been registered. */
    public OpenApiResource(ResourceCatalog resourceClasses) {
        this.resourceClasses = resourceClasses;
    }

    @GET
    @PublicEndpoint
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getOpenApiDescription",
            summary = "This description (OpenAPI 3.0), generated from the resources the server runs")
    @ApiResponse(responseCode = "200", description = "The OpenAPI description",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object")))
    public String describe() {
        OpenApiDescription current = description;
        if (current == null) {
            synchronized (this) {
                if (description == null) {
                    Set<Class<?>> described = new java.util.LinkedHashSet<>(resourceClasses.resourceClasses());
                    described.add(OpenApiResource.class);
                    description = new OpenApiDescription(described);
                }
                current = description;
            }
        }
        return current.json();
    }

    /** The application's resource classes. */
    @FunctionalInterface
    public interface ResourceCatalog {
        Set<Class<?>> resourceClasses();
    }
}
