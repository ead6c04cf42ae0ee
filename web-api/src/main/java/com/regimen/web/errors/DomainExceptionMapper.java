package com.regimen.web.errors;

import com.regimen.core.errors.DomainException;
import com.regimen.core.errors.ErrorKind;
import com.regimen.web.api.Languages;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A domain rule's refusal, as the HTTP status its kind stands for. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {
    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(DomainException e) {
        int status = statusOf(e.kind());
        String language = Languages.pick(headers == null ? null
                : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        Response response = ProblemResponses.of(Problem.of(status, e.code(), ProblemResponses.titleFor(status),
                e.getMessage(), e.fieldErrors(), ProblemFindings.inLanguage(e.extensions(), language)));
        Object retryAfter = e.extensions().get("retryAfterSeconds");
        if (retryAfter != null) {
            return Response.fromResponse(response).header("Retry-After", retryAfter).build();
        }
        return response;
    }

    static int statusOf(ErrorKind kind) {
        return switch (kind) {
            case INVALID -> 400;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case UNPROCESSABLE -> 422;
            case RATE_LIMITED -> 429;
            case UNAVAILABLE -> 503;
        };
    }
}
