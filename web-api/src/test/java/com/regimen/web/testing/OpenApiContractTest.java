package com.regimen.web.testing;

import org.junit.jupiter.api.Test;

import javax.net.ssl.SSLSession;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contract's own rules, on a description small enough to read: where it fails and where it does not. */
class OpenApiContractTest {
    private static final String DESCRIPTION = """
            {"openapi": "3.0.1", "info": {"title": "t", "version": "1"},
             "paths": {"/v1/things": {"post": {
               "requestBody": {"content": {"application/json": {"schema": {"type": "object", "required": ["name"],
                 "properties": {"name": {"type": "string", "minLength": 3}}, "additionalProperties": false}}}},
               "responses": {
                 "201": {"description": "made", "content": {"application/json": {"schema": {"type": "object",
                   "required": ["id"], "properties": {"id": {"type": "string"}}}}}},
                 "4XX": {"description": "refused", "content": {"application/problem+json": {"schema": {
                   "type": "object", "properties": {"code": {"type": "string"}}}}}}}}}}}
            """;
    private static final OpenApiContract CONTRACT = OpenApiContract.of(DESCRIPTION);

    @Test
    void anAnswerTheDescriptionDoesNotAllowFails() {
        assertThatThrownBy(() -> CONTRACT.check(post("{\"name\":\"chair\"}"), "{\"name\":\"chair\"}", true,
                answer(201, "application/json", "{\"id\":null}")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("breaks the served OpenAPI description");
    }

    @Test
    void aRequestTheDescriptionRefusesButTheServerAcceptsFails() {
        // The description is stricter than the server: a generated client would refuse what the API takes.
        assertThatThrownBy(() -> CONTRACT.check(post("{\"name\":\"ab\"}"), "{\"name\":\"ab\"}", true,
                answer(201, "application/json", "{\"id\":\"1\"}")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("name");
    }

    @Test
    void aRequestBothRefuseIsHostileInputAndOnlyItsAnswerIsChecked() {
        assertThatCode(() -> CONTRACT.check(post("{\"name\":\"ab\"}"), "{\"name\":\"ab\"}", true,
                answer(400, "application/problem+json", "{\"code\":\"VALIDATION_FAILED\"}")))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> CONTRACT.check(post("{\"name\":\"ab\"}"), "{\"name\":\"ab\"}", true,
                answer(400, "application/problem+json", "{\"code\":7}")))
                .as("the refusal itself must still match").isInstanceOf(AssertionError.class);
    }

    @Test
    void aValidExchangePasses() {
        assertThatCode(() -> CONTRACT.check(post("{\"name\":\"chair\"}"), "{\"name\":\"chair\"}", true,
                answer(201, "application/json", "{\"id\":\"1\"}"))).doesNotThrowAnyException();
    }

    private static HttpRequest post(String body) {
        return HttpRequest.newBuilder(URI.create("http://localhost/v1/things"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static HttpResponse<String> answer(int status, String contentType, String body) {
        HttpRequest request = post("{}");
        return new HttpResponse<>() {
            public int statusCode() {
                return status;
            }

            public HttpRequest request() {
                return request;
            }

            public Optional<HttpResponse<String>> previousResponse() {
                return Optional.empty();
            }

            public HttpHeaders headers() {
                return HttpHeaders.of(Map.of("Content-Type", List.of(contentType)), (a, b) -> true);
            }

            public String body() {
                return body;
            }

            public Optional<SSLSession> sslSession() {
                return Optional.empty();
            }

            public URI uri() {
                return request.uri();
            }

            public HttpClient.Version version() {
                return HttpClient.Version.HTTP_1_1;
            }
        };
    }
}
