package com.regimen.web.openapi;

import com.regimen.web.auth.PublicEndpoint;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.Set;

@Path("/openapi.json")
@Hidden
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
    public String describe() {
        OpenApiDescription current = description;
        if (current == null) {
            synchronized (this) {
                if (description == null) {
                    description = new OpenApiDescription(resourceClasses.resourceClasses());
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
