package com.regimen.web.errors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.regimen.core.errors.FieldError;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A body that is not the JSON we expect: not JSON at all, a field we do not know (a typo should
 * not be silently ignored), or a value of the wrong type. Jackson's own messages name Java
 * classes, so they are replaced by ours.
 */
@Provider
public class JsonProcessingExceptionMapper implements ExceptionMapper<JsonProcessingException> {

    @Override
    public Response toResponse(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            String field = path(unknown);
            return problem("UNKNOWN_FIELD", "The body has a field this endpoint does not take.",
                    new FieldError(field, "is not a field of this request"));
        }
        if (e instanceof InvalidFormatException || e instanceof MismatchedInputException
                || e instanceof ValueInstantiationException) {
            JsonMappingException mapping = (JsonMappingException) e;
            String field = path(mapping);
            if (field.isEmpty()) {
                return problem("MALFORMED_BODY", "The body must be a JSON object.", null);
            }
            return problem("INVALID_TYPE", "A field has a value of the wrong type.",
                    new FieldError(field, "has the wrong type or format"));
        }
        if (e instanceof JsonMappingException) {
            return problem("MALFORMED_BODY", "The body could not be read as this request.", null);
        }
        return problem("MALFORMED_JSON", "The body is not valid JSON.", null);
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static Response problem(String code, String detail, FieldError error) {
        return ProblemResponses.of(Problem.of(400, code, "Bad request", detail,
                error == null ? List.of() : List.of(error), Map.of()));
    }
}
