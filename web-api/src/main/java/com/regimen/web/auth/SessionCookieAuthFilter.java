package com.regimen.web.auth;

import io.dropwizard.auth.AuthFilter;
import io.dropwizard.auth.Authenticator;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.SecurityContext;

/** Authenticates the UI's session cookie; only with {@link SessionCookie#CLIENT_HEADER} present (see there why). */
@Priority(Priorities.AUTHENTICATION)
public final class SessionCookieAuthFilter extends AuthFilter<String, StaffPrincipal> {

    private SessionCookieAuthFilter() {
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Cookie cookie = request.getCookies().get(SessionCookie.NAME);
        String token = cookie == null || cookie.getValue().isBlank()
                || request.getHeaderString(SessionCookie.CLIENT_HEADER) == null ? null : cookie.getValue();
        if (!authenticate(request, token, SecurityContext.FORM_AUTH)) {
            throw unauthorizedHandler.buildException(prefix, realm);
        }
    }

    public static SessionCookieAuthFilter build(Authenticator<String, StaffPrincipal> authenticator,
                                                RoleAuthorizer authorizer, ProblemUnauthorizedHandler unauthorized) {
        Builder builder = new Builder();
        builder.setAuthenticator(authenticator).setAuthorizer(authorizer).setPrefix("Cookie").setRealm("regimen")
                .setUnauthorizedHandler(unauthorized);
        return builder.buildAuthFilter();
    }

    private static final class Builder extends AuthFilterBuilder<String, StaffPrincipal, SessionCookieAuthFilter> {
        @Override
        protected SessionCookieAuthFilter newInstance() {
            return new SessionCookieAuthFilter();
        }
    }
}
