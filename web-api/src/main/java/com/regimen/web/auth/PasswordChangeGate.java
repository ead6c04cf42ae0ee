package com.regimen.web.auth;

import com.regimen.web.errors.Problem;
import com.regimen.web.errors.ProblemResponses;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;

import java.lang.reflect.Method;

/**
 * A member whose password someone else chose (an invitation or a reset) must choose their own before
 * the session does anything else: every route but those marked {@link BeforePasswordChange} answers
 * 403 PASSWORD_CHANGE_REQUIRED. It runs right after authentication, before roles and idempotency, so a
 * refused request leaves nothing behind.
 */
@Priority(Priorities.AUTHENTICATION + 1)
public final class PasswordChangeGate implements ContainerRequestFilter {
    @Context
    private ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!(request.getSecurityContext().getUserPrincipal() instanceof StaffPrincipal principal)
                || !principal.passwordChangeRequired()) {
            return;
        }
        Method method = resource.getResourceMethod();
        if (method != null && method.isAnnotationPresent(BeforePasswordChange.class)) {
            return;
        }
        request.abortWith(ProblemResponses.of(Problem.of(403, "PASSWORD_CHANGE_REQUIRED", "Password change required",
                "Choose your own password first: PUT /v1/users/me/password with the temporary one as "
                        + "currentPassword. Until then this session may only do that or sign out.")));
    }
}
