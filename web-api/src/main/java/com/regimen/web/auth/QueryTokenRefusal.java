package com.regimen.web.auth;

import com.regimen.web.errors.Problem;
import com.regimen.web.errors.ProblemResponses;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;

/**
 * Refuses a credential in the query string ({@code ?access_token=}, which Dropwizard's OAuth filter
 * would otherwise accept), on every route, valid or not: URLs end up in proxies' logs, browser
 * history and Referer headers, so a token there is as good as published. 400 TOKEN_IN_QUERY.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 200)
public final class QueryTokenRefusal implements ContainerRequestFilter {
    static final String PARAMETER = "access_token";

    @Override
    public void filter(ContainerRequestContext request) {
        boolean present = request.getUriInfo().getQueryParameters().keySet().stream()
                .anyMatch(name -> name.equalsIgnoreCase(PARAMETER));
        if (present) {
            throw new WebApplicationException(ProblemResponses.of(Problem.of(400, "TOKEN_IN_QUERY", "Bad request",
                    "Credentials are never taken from the URL. Send them as 'Authorization: Bearer <token>', and "
                            + "revoke this one if it was real: URLs are logged and shared.")));
        }
    }
}
