package com.regimen.web.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * A plain HTTP client, so tests send exactly the bytes a real client would, malformed ones included.
 * Every exchange is checked against the server's served OpenAPI description ({@link OpenApiContract}):
 * the request too, unless the test says it is hostile ({@link #hostile()}), and the answer always.
 */
public final class Api {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http;
    private final String base;
    private final boolean requestsMeantValid;

    public Api(String base) {
        this(base, true, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
    }

    private Api(String base, boolean requestsMeantValid, HttpClient http) {
        this.base = base;
        this.requestsMeantValid = requestsMeantValid;
        this.http = http;
    }

    /**
     * The same client (and its kept-alive connections) for requests the description refuses on purpose
     * (malformed JSON, wrong types, missing fields, unknown values): only the answers are checked
     * against the description.
     */
    public Api hostile() {
        return new Api(base, false, http);
    }

    public String base() {
        return base;
    }

    public Reply get(String path, String token) {
        return send("GET", path, token, null, Map.of());
    }

    public Reply delete(String path, String token) {
        return send("DELETE", path, token, null, Map.of());
    }

    public Reply post(String path, String token, Object body) {
        return send("POST", path, token, toJson(body), Map.of());
    }

    public Reply post(String path, String token, Object body, Map<String, String> headers) {
        return send("POST", path, token, toJson(body), headers);
    }

    public Reply put(String path, String token, Object body) {
        return send("PUT", path, token, toJson(body), Map.of());
    }

    /** Sends {@code rawBody} as given, with Content-Type application/json unless the headers say otherwise. */
    public Reply send(String method, String path, String token, String rawBody, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, rawBody == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(rawBody));
        if (rawBody != null && !headers.containsKey("Content-Type")) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        return exchange(request.build(), rawBody, requestsMeantValid);
    }

    /** Sends a request built by hand; such a request is taken as hostile: only its answer is checked. */
    public Reply send(HttpRequest request) {
        return exchange(request, null, false);
    }

    private Reply exchange(HttpRequest request, String rawBody, boolean requestMeantValid) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (OpenApiContract.describes(base, request)) {
                OpenApiContract.servedBy(base, http).check(request, rawBody, requestMeantValid, response);
            }
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new AssertionError("Request failed: " + request, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }

    private static String toJson(Object body) {
        if (body == null) {
            return null;
        }
        if (body instanceof String text) {
            return text;
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
