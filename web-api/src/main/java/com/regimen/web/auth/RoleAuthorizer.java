package com.regimen.web.auth;

import io.dropwizard.auth.Authorizer;
import jakarta.ws.rs.container.ContainerRequestContext;

/** {@code @RolesAllowed} names roles; a caller has exactly one. */
public class RoleAuthorizer implements Authorizer<StaffPrincipal> {
    @Override
    public boolean authorize(StaffPrincipal principal, String role, ContainerRequestContext requestContext) {
        return principal.identity().role().name().equals(role);
    }
}
