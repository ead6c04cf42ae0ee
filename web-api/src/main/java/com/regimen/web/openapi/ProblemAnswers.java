package com.regimen.web.openapi;

import com.regimen.web.api.ScreeningView;
import com.regimen.web.errors.Problem;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

import java.util.List;
import java.util.Map;

/**
 * What every operation answers besides its success: any 4xx or 5xx is an RFC 9457 problem
 * ({@link Problem}), whichever mapper wrote it. swagger-core reads the success from a method's return
 * type and calls it {@code default}: that is a 200, since a method that answers 201 or 204 builds a
 * {@code Response} and declares the code with {@code @ApiResponse}. A problem media type is never
 * offered as a success.
 */
final class ProblemAnswers {
    private static final String PROBLEM = "Problem";
    private static final String FINDING = "Finding";

    private ProblemAnswers() {
    }

    static void describe(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(new Components());
        }
        ModelConverters.getInstance().readAll(ScreeningView.Finding.class).forEach(api.getComponents()::addSchemas);
        api.getComponents().addSchemas(PROBLEM, problem());
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().values().forEach(path -> path.readOperations().forEach(ProblemAnswers::describe));
    }

    /**
     * An action without a body of its own (check-in, complete, ...) accepts and ignores one: the front
     * desk sends {@code {}} with every POST.
     */
    static void describeIgnoredBodies(OpenAPI api) {
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().values().stream().map(PathItem::getPost).filter(java.util.Objects::nonNull)
                .filter(post -> post.getRequestBody() == null)
                .forEach(post -> post.setRequestBody(new RequestBody().required(false)
                        .description("Ignored; clients may send {} or nothing.")
                        .content(new Content().addMediaType("application/json",
                                new MediaType().schema(new ObjectSchema())))));
    }

    private static void describe(Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        ApiResponse success = responses.remove("default");
        if (success != null && responses.keySet().stream().noneMatch(code -> code.startsWith("2"))) {
            responses.addApiResponse("200", success);
        }
        responses.values().forEach(ProblemAnswers::withoutProblemMediaType);
        responses.addApiResponse("4XX", problemAnswer("The request was refused; `code` says why."));
        responses.addApiResponse("5XX", problemAnswer("The server could not answer now; nothing was written."));
    }

    private static void withoutProblemMediaType(ApiResponse response) {
        if (response.getContent() != null) {
            response.getContent().remove(Problem.MEDIA_TYPE);
            if (response.getContent().isEmpty()) {
                response.setContent(null);
            }
        }
    }

    private static ApiResponse problemAnswer(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(Problem.MEDIA_TYPE,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> problem() {
        Schema<?> fieldError = new ObjectSchema()
                .addProperty("field", new StringSchema())
                .addProperty("message", new StringSchema());
        Schema<?> finding = new Schema<>().$ref("#/components/schemas/" + FINDING);
        Map<String, Schema> properties = new java.util.LinkedHashMap<>();
        properties.put("type", new StringSchema().description("A URI naming the kind of problem."));
        properties.put("title", new StringSchema());
        properties.put("status", new IntegerSchema().format("int32").description("The HTTP status."));
        properties.put("detail", new StringSchema().description("For people; wording may change."));
        properties.put("code", new StringSchema().description("Stable; clients switch on it (docs/api.md)."));
        properties.put("errors", new ArraySchema().items(fieldError)
                .description("VALIDATION_FAILED: the fields at fault."));
        properties.put("findings", new ArraySchema().items(finding)
                .description("CONTRAINDICATED, CLEARANCE_REQUIRED: the screening's findings, as screenings answer them."));
        properties.put("appointmentStatus", new StringSchema()
                .description("INVALID_TRANSITION: the status the appointment is in."));
        ObjectSchema problem = new ObjectSchema();
        problem.setProperties(properties);
        problem.setRequired(List.of("type", "title", "status", "code"));
        problem.setAdditionalProperties(true);
        problem.description("An RFC 9457 problem. Some codes add members of their own (docs/api.md).");
        return problem;
    }
}
