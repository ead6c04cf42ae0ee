package com.regimen.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Regimen's HTTP API as a client sees it: JSON in, status and JSON out, a Bearer API key. */
public final class RegimenHttp {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public record Reply(int status, JsonNode body) {
        public String text(String field) {
            JsonNode node = body.path(field);
            return node.isMissingNode() || node.isNull() ? null : node.asText();
        }

        public Reply expect(int wanted, String what) {
            if (status != wanted) {
                throw new IllegalStateException(what + ": expected " + wanted + ", got " + status + " " + body);
            }
            return this;
        }
    }

    /** @param base e.g. http://127.0.0.1:8080/v1 */
    public RegimenHttp(String base) {
        this.base = base;
    }

    public Reply get(String path, String key) throws IOException, InterruptedException {
        return send(request(path, key).GET().build());
    }

    public Reply post(String path, String key, Object body) throws IOException, InterruptedException {
        return send(request(path, key).POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .header("Content-Type", "application/json").build());
    }

    /** As the front-desk UI sends every POST: with a fresh Idempotency-Key, so a retry cannot book twice. */
    public Reply postOnce(String path, String key, Object body) throws IOException, InterruptedException {
        return send(request(path, key).POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", java.util.UUID.randomUUID().toString()).build());
    }

    /**
     * GETs a JSON object and counts the elements of one array field without building a tree: the
     * availability answer runs to a megabyte, and the load generator should not cost more than
     * the server it measures.
     */
    public int countArray(String path, String key, String field) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = client.send(request(path, key).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + " " + new String(response.body()));
        }
        try (com.fasterxml.jackson.core.JsonParser parser = JSON.getFactory().createParser(response.body())) {
            while (parser.nextToken() != null) {
                if (parser.currentToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME
                        && field.equals(parser.currentName()) && parser.getParsingContext().getParent().inRoot()) {
                    parser.nextToken();
                    int count = 0;
                    while (parser.nextToken() == com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                        parser.skipChildren();
                        count++;
                    }
                    return count;
                }
            }
        }
        throw new IllegalStateException("no array '" + field + "' in the answer to " + path);
    }

    public Reply put(String path, String key, Object body) throws IOException, InterruptedException {
        return send(request(path, key).PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .header("Content-Type", "application/json").build());
    }

    private HttpRequest.Builder request(String path, String key) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (key != null) {
            builder.header("Authorization", "Bearer " + key);
        }
        return builder;
    }

    private Reply send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        byte[] bytes = response.body();
        JsonNode body = bytes.length == 0 ? JSON.nullNode() : JSON.readTree(bytes);
        return new Reply(response.statusCode(), body);
    }
}
