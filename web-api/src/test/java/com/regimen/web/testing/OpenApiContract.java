package com.regimen.web.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The server's own OpenAPI description ({@code /v1/openapi.json}) as the referee of test traffic:
 * Atlassian's swagger-request-validator checks each request a test means to be valid and every
 * answer, and a mismatch fails the test with the validator's messages. The description is fetched
 * once per server and parsed once per distinct text, so a suite of many servers parses it once.
 * Addresses outside the API's base path (the front desk's static files, a stray {@code /elsewhere})
 * are not the description's business and are not checked.
 */
final class OpenApiContract {
    private static final Map<String, OpenApiContract> BY_BASE = new ConcurrentHashMap<>();
    private static final Map<String, OpenApiContract> BY_DESCRIPTION = new ConcurrentHashMap<>();

    private final OpenApiInteractionValidator validator;

    /** A contract over {@code description} itself, for testing the contract. */
    static OpenApiContract of(String description) {
        return new OpenApiContract(description);
    }

    private OpenApiContract(String description) {
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(description).build();
    }

    /** The contract the server at {@code base} (ending in /v1) describes. */
    static OpenApiContract servedBy(String base, HttpClient http) {
        return BY_BASE.computeIfAbsent(base, key -> BY_DESCRIPTION.computeIfAbsent(fetch(key, http),
                OpenApiContract::new));
    }

    static boolean describes(String base, HttpRequest request) {
        return request.uri().getRawPath().startsWith(URI.create(base).getRawPath() + "/");
    }

    private static String fetch(String base, HttpClient http) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/openapi.json"))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError("The server at " + base + " serves no OpenAPI description: "
                        + response.statusCode() + " " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new AssertionError("Could not fetch the OpenAPI description of " + base, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }

    /**
     * Fails when the exchange shows the description and the server disagreeing. Every answer must
     * match. A request the description refuses counts only when the server accepted it (an answer
     * below 400): then the description is stricter than the API and a client generated from it would
     * refuse what the server takes. A request both refuse is hostile input the server was right to
     * turn away, whether or not the test marked it hostile. A deliberately hostile request
     * ({@code requestMeantValid} false) has only its answer checked.
     */
    void check(HttpRequest request, String requestBody, boolean requestMeantValid, HttpResponse<String> response) {
        Request exchange = asRequest(request, requestBody);
        boolean accepted = response.statusCode() < 400;
        ValidationReport answer = validator.validateResponse(exchange.getPath(), exchange.getMethod(),
                asResponse(response));
        if (!accepted) {
            // An address or method the description does not have is the request's fault, answered 404/405.
            answer = ValidationReport.from(answer.getMessages().stream()
                    .filter(message -> !message.getKey().startsWith("validation.request.")).toList());
        }
        ValidationReport report = requestMeantValid && accepted
                ? validator.validateRequest(exchange).merge(answer) : answer;
        if (report.hasErrors()) {
            AssertionError mismatch = new AssertionError("The exchange breaks the served OpenAPI description (" + request.method() + " "
                    + request.uri() + " -> " + response.statusCode() + "):\n"
                    + report.getMessages().stream()
                    .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                    .map(message -> "  - " + message.getKey() + ": " + message.getMessage()
                            + message.getContext().map(context -> " " + context.getLocation()
                            + context.getPointers().map(p -> " " + p.getInstance()).orElse("")).orElse(""))
                    .collect(Collectors.joining("\n"))
                    + "\n  answer body: " + abbreviate(response.body()));
            if (SURVEY == null) {
                throw mismatch;
            }
            survey(mismatch.getMessage());
        }
    }

    /**
     * {@code -Dopenapi.survey=FILE} lists every mismatch of a whole run in FILE instead of failing at
     * the first: a tool for bringing a new part of the API under the contract in one pass. Without it
     * (always, in CI) a mismatch fails its test.
     */
    private static final String SURVEY = System.getProperty("openapi.survey");

    private static synchronized void survey(String message) {
        try {
            // getBytes replaces what UTF-8 cannot carry (a hostile body's lone surrogate) instead of throwing.
            java.nio.file.Files.write(java.nio.file.Path.of(SURVEY), (message + "\n\n").getBytes(StandardCharsets.UTF_8),
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Request asRequest(HttpRequest request, String body) {
        URI uri = request.uri();
        SimpleRequest.Builder builder = new SimpleRequest.Builder(request.method(), uri.getRawPath());
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                builder.withQueryParam(name, value);
            }
        }
        copy(request.headers(), builder::withHeader);
        if (body != null) {
            builder.withBody(body);
        }
        return builder.build();
    }

    private static SimpleResponse asResponse(HttpResponse<String> response) {
        SimpleResponse.Builder builder = SimpleResponse.Builder.status(response.statusCode());
        copy(response.headers(), builder::withHeader);
        if (response.body() != null && !response.body().isEmpty()) {
            builder.withBody(response.body());
        }
        return builder.build();
    }

    private static void copy(HttpHeaders headers, HeaderSink sink) {
        headers.map().forEach((name, values) -> sink.put(name, values.toArray(String[]::new)));
    }

    private static String abbreviate(String body) {
        return body == null || body.length() <= 600 ? body : body.substring(0, 600) + "...";
    }

    @FunctionalInterface
    private interface HeaderSink {
        void put(String name, String... values);
    }
}
