package com.regimen.web.errors;

import com.regimen.core.errors.FieldError;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.glassfish.jersey.server.ParamException;

import java.util.List;
import java.util.Map;

/**
 * Jersey's own refusals (no such route, wrong method, wrong media type, role too weak) as
 * problems. Jersey's messages are generic, so they are safe to show.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        if (e instanceof ParamException parameter) {
            // JAX-RS says 404 for a query parameter of the wrong type; a client needs to know which one.
            return ProblemResponses.of(Problem.of(400, "VALIDATION_FAILED", "Bad request", "The request is not valid.",
                    List.of(new FieldError(parameter.getParameterName(), "has the wrong type or format")), Map.of()));
        }
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status >= 500) {
            return new UnexpectedExceptionMapper().toResponse(e);
        }
        String detail = switch (status) {
            case 403 -> "Your role may not do this.";
            case 404 -> "There is no such resource.";
            case 405 -> "This resource does not accept that method.";
            case 415 -> "Send JSON: Content-Type: application/json.";
            default -> e.getMessage();
        };
        Response.ResponseBuilder builder = Response.fromResponse(ProblemResponses.of(Problem.of(status,
                ProblemResponses.codeFor(status), ProblemResponses.titleFor(status), detail)));
        String allow = original.getHeaderString("Allow");
        if (allow != null) {
            builder.header("Allow", allow);
        }
        return builder.build();
    }
}
