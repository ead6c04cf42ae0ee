package com.regimen.web.auth;

import com.regimen.web.errors.Problem;
import com.regimen.web.errors.ProblemResponses;
import io.dropwizard.auth.UnauthorizedHandler;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** A missing, unknown, expired or revoked token: one answer for all, so none can be told apart. */
public class ProblemUnauthorizedHandler implements UnauthorizedHandler {
    @Override
    public Response buildResponse(String prefix, String realm) {
        return Response.fromResponse(ProblemResponses.of(Problem.of(401, "UNAUTHENTICATED", "Unauthenticated",
                        "Send a valid session token or API key: Authorization: Bearer <token>.")))
                .header(HttpHeaders.WWW_AUTHENTICATE, prefix + " realm=\"" + realm + "\"")
                .build();
    }
}
