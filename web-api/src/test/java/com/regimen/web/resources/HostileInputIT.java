package com.regimen.web.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.regimen.core.testing.TestDatabase;
import com.regimen.web.testing.SharedServer;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.testing.Api;
import com.regimen.web.testing.ClinicWithRecords;
import com.regimen.web.testing.Clinics;
import com.regimen.web.testing.Reply;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad requests generated from the served OpenAPI description, for every operation: each body
 * field in turn given a hostile value (wrong types, nulls, huge strings and arrays, overflowing
 * numbers, impossible dates and zones, control and bidi characters, lone surrogates, SQL and HTML
 * metacharacters), whole bodies that are not objects, malformed, nested too deep or too large,
 * hostile query parameters and path ids. No answer may be a 5xx; every 4xx is problem+json with a
 * code; the server is healthy afterwards. Routes added later are covered without being listed.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class HostileInputIT {
    private static final TestDatabase DB = SharedServer.DB;
    private static final DropwizardAppExtension<RegimenConfiguration> APP = SharedServer.APP;
    private static final Pattern FIRST_ID = Pattern.compile("/([a-z-]+)/\\{[^}]+}");

    /** Raw JSON values, so that what a JSON library would refuse to write (a lone surrogate) is sent too. */
    private static final List<String> VALUES = List.of(
            "null", "true", "0", "-1", "1.5", "-9223372036854775809", "9223372036854775808", "1e309",
            "\"\"", "\" \"", "\"" + "x".repeat(100_000) + "\"", "[]", "[" + "1,".repeat(20_000) + "1]", "{}",
            "{\"nested\":{\"deeper\":[{}]}}", "\"\\u0000\"", "\"\\ud800\"", "\"\\u202e\\u200b\\ufeff\"",
            "\"\\ud83d\\ude00 مرحبا\"", "\"'; DROP TABLE patients; --\"", "\"<script>alert(1)</script>\"",
            "\"2027-02-30\"", "\"2027-13-01T25:00:00Z\"", "\"9999-12-31T23:59:59Z\"", "\"-0001-01-01\"",
            "\"+999999999-12-31T23:59:59Z\"", "\"+999999999-12-31\"", "\"-999999999-01-01T00:00:00Z\"",
            "\"Mars/Olympus_Mons\"", "\"../../etc/passwd\"", "\"" + UUID.randomUUID() + "\"");
    private static final List<String> WHOLE_BODIES = List.of(
            "", "null", "[]", "\"text\"", "42", "{\"a\":", "{'single': 'quotes'}", "{\"a\":1,\"a\":2}",
            "[".repeat(5_000) + "]".repeat(5_000),
            // Over the limit (64 KiB in the test configuration, 256 KiB by default), and so is the
            // 100,000-character value above: the server reads such a body to its end before its 413
            // (aBodyOverTheLimitSentInFullGetsItsAnswerAndTheConnectionLivesOn).
            "{\"padding\":\"" + "x".repeat(270_000) + "\"}");
    private static final List<String> PATH_IDS = List.of(
            "..%2F..%2Fetc", "%00", "x".repeat(5_000), "'%20OR%201=1--", "%F0%9F%98%80", "%C3%28");
    private static final List<String> QUERY_VALUES = List.of(
            "", "-1", "99999999999999999999", "2027-02-30", "not-a-date", "x".repeat(3_000),
            "' OR 1=1 --", "<script>", "%00", "Mars/Olympus_Mons", "+999999999-12-31T23:59:59Z", "+999999999-12-31",
            "0001-01-01T00:00:00Z");
    /** Well-formed, so Java parses them, but outside what the database holds (StorableDates). */
    private static final List<String> EXTREME_INSTANTS = List.of("+999999999-12-31T23:59:59Z",
            "-999999999-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "0001-01-01T00:00:00Z");
    private static final List<String> EXTREME_DAYS = List.of("+999999999-12-31", "-999999999-01-01", "9999-12-31",
            "0001-01-01");

    /** The server's maxRequestBody. */
    private static final long BODY_LIMIT = APP.getConfiguration().getMaxRequestBody().toBytes();
    /**
     * One client for the whole sweep, its connections kept alive: a client per request cost a
     * connection and a selector thread each, for 8,000 requests. The requests are not held to the
     * description (they are meant to break it); every answer is, and this class also checks them
     * itself (no 5xx, problem+json).
     */
    private static final Api HOSTILE = SharedServer.api().hostile();

    private final List<String> failures = new ArrayList<>();
    private int cases;

    private static Api api() {
        return HOSTILE;
    }

    @Test
    void noGeneratedBadRequestGetsA5xxAndTheServerStaysHealthy() throws Exception {
        ClinicWithRecords records = ClinicWithRecords.make(api(), DB);
        String key = records.clinic().key();
        JsonNode openApi = api().get("/openapi.json", null).json();
        JsonNode schemas = openApi.path("components").path("schemas");
        for (Iterator<Map.Entry<String, JsonNode>> paths = openApi.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields(); operations.hasNext(); ) {
                Map.Entry<String, JsonNode> operation = operations.next();
                String method = operation.getKey().toUpperCase();
                if (path.getKey().equals("/sessions/current") && method.equals("DELETE")) {
                    continue; // would sign the sweep itself out; SessionIT covers it
                }
                String concrete = withIds(path.getKey(), records.idsByKind());
                JsonNode body = operation.getValue().path("requestBody").path("content").path("application/json")
                        .path("schema");
                if (!body.isMissingNode()) {
                    JsonNode schema = resolve(body, schemas);
                    for (Iterator<String> fields = schema.path("properties").fieldNames(); fields.hasNext(); ) {
                        String field = fields.next();
                        for (String value : VALUES) {
                            send(method, concrete, key, "{\"" + field + "\":" + value + "}");
                        }
                        send(method, concrete, key, "{\"" + field + "\":null,\"unexpected\":1}");
                    }
                    for (String whole : WHOLE_BODIES) {
                        send(method, concrete, key, whole);
                    }
                    sendBytes(method, concrete, key, new byte[]{'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28,
                            '"', '}'});
                }
                for (JsonNode parameter : operation.getValue().path("parameters")) {
                    if ("query".equals(parameter.path("in").asText())) {
                        for (String value : QUERY_VALUES) {
                            send(method, concrete + "?" + parameter.path("name").asText() + "="
                                    + URLEncoder.encode(value, StandardCharsets.UTF_8), key, bodyless(method));
                        }
                    }
                }
                if (path.getKey().contains("{")) {
                    for (String id : PATH_IDS) {
                        send(method, path.getKey().replaceAll("\\{[^}]+}", id), key, bodyless(method));
                    }
                }
            }
        }
        System.out.println("HostileInputIT: " + cases + " generated requests");
        assertThat(failures).as("answers that were 5xx or not problem+json, of " + cases).isEmpty();
        assertThat(cases).as("generated requests").isGreaterThan(3_000);

        HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + APP.getAdminPort() + "/healthcheck")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        assertThat(api().get("/patients/" + records.idsByKind().get("patients"), key).status()).isEqualTo(200);
        // Two the generator found: an id no ASCII column can hold was a 500, and Jetty's own 400 for
        // an encoded slash had no body on PUT and DELETE.
        Reply emoji = api().get("/patients/%F0%9F%98%80", key);
        assertThat(emoji.status()).isEqualTo(404);
        assertThat(emoji.text("code")).isEqualTo("NOT_FOUND");
        assertThat(api().send("DELETE", "/api-keys/..%2Fx", key, null, Map.of()).text("code")).isEqualTo("BAD_REQUEST");
    }

    /**
     * Every date and instant field of every body, found in the served OpenAPI description, given
     * extreme values in an otherwise valid body (the sweep above varies one field alone, which
     * validation refuses before a date reaches the database): each is 400 VALIDATION_FAILED naming
     * the field. A date field added later without a valid body here fails the test.
     */
    @Test
    void everyDateFieldRefusesDatesTheDatabaseCannotHold() {
        ClinicWithRecords records = ClinicWithRecords.make(api(), DB);
        String key = records.clinic().key();
        Map<String, String> ids = records.idsByKind();
        String location = records.clinic().location();
        Map<String, Map<String, Object>> valid = Map.of(
                "POST /appointments", Map.of("patientId", ids.get("patients"), "treatmentId", "prp",
                        "locationId", location, "start", "2027-05-03T07:00:00Z"),
                "POST /courses", Map.of("patientId", ids.get("patients"), "treatmentId", "prp", "locationId", location,
                        "sessions", 2, "firstStart", "2027-06-06T07:00:00Z"),
                "POST /appointments/{id}/reschedule", Map.of("start", "2027-05-04T07:00:00Z"),
                "POST /practitioners/{id}/time-off", Map.of("from", "2027-08-01T00:00:00Z",
                        "to", "2027-08-02T00:00:00Z", "reason", "leave"),
                "POST /inventory/receipts", Map.of("locationId", location, "sku", "prp-kit", "lotNumber", "DATE-SWEEP",
                        "expiresOn", "2030-01-01", "quantity", 1),
                "POST /patients", Map.of("name", "Date Sweep", "dateOfBirth", "1980-01-01"),
                "POST /patients/{id}/patch-tests", Map.of("treatmentId", "mesotherapy",
                        "appliedAt", "2026-11-01T10:00:00Z", "readAt", "2026-11-03T10:00:00Z", "reaction", false));

        JsonNode openApi = api().get("/openapi.json", null).json();
        JsonNode schemas = openApi.path("components").path("schemas");
        Map<String, List<String>> dateFields = new java.util.TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = openApi.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields(); operations.hasNext(); ) {
                Map.Entry<String, JsonNode> operation = operations.next();
                JsonNode body = operation.getValue().path("requestBody").path("content").path("application/json")
                        .path("schema");
                JsonNode properties = resolve(body, schemas).path("properties");
                for (Iterator<Map.Entry<String, JsonNode>> fields = properties.fields(); fields.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    String format = resolve(field.getValue(), schemas).path("format").asText("");
                    if (format.equals("date") || format.equals("date-time")) {
                        dateFields.computeIfAbsent(operation.getKey().toUpperCase() + " " + path.getKey(),
                                k -> new ArrayList<>()).add(field.getKey() + (format.equals("date") ? "|day" : ""));
                    }
                }
            }
        }
        assertThat(dateFields).as("operations with date fields").hasSizeGreaterThanOrEqualTo(valid.size());
        assertThat(valid.keySet()).as("a valid body for every operation with a date field")
                .containsAll(dateFields.keySet());

        List<String> wrong = new ArrayList<>();
        int sent = 0;
        for (Map.Entry<String, List<String>> operation : dateFields.entrySet()) {
            String method = operation.getKey().substring(0, operation.getKey().indexOf(' '));
            String path = withIds(operation.getKey().substring(method.length() + 1), ids);
            for (String declared : operation.getValue()) {
                String field = declared.replace("|day", "");
                for (String extreme : declared.endsWith("|day") ? EXTREME_DAYS : EXTREME_INSTANTS) {
                    Map<String, Object> body = new java.util.HashMap<>(valid.get(operation.getKey()));
                    body.put(field, extreme);
                    Reply reply = api().send(method, path, key, toJson(body), Map.of());
                    sent++;
                    if (!refusedNaming(reply, field)) {
                        wrong.add(operation.getKey() + " " + field + "=" + extreme + " -> " + reply.status() + " "
                                + abbreviated(reply.body()));
                    }
                }
            }
        }
        // Dates inside arrays, which the OpenAPI walk above does not reach.
        for (String extreme : EXTREME_DAYS) {
            Reply practitioner = api().post("/practitioners", key, Map.of("name", "Dr. Extreme", "credentials",
                    List.of(Map.of("type", "NURSE", "licenceNumber", "N-1", "expiresOn", extreme))));
            Reply branch = api().post("/locations", key, Map.of("name", "Extreme", "timezone", "Asia/Riyadh",
                    "openingHours", Map.of("SUN", List.of(List.of("09:00", "17:00"))),
                    "closures", List.of(Map.of("date", extreme, "reason", "x"))));
            sent += 2;
            if (!refusedNaming(practitioner, "credentials[0].expiresOn")) {
                wrong.add("POST /practitioners credentials[0].expiresOn=" + extreme + " -> " + practitioner);
            }
            if (!refusedNaming(branch, "closures[0].date")) {
                wrong.add("POST /locations closures[0].date=" + extreme + " -> " + branch);
            }
        }
        for (String extreme : EXTREME_INSTANTS) {
            Reply list = api().get("/appointments?locationId=" + location + "&from=2027-01-01T00:00:00Z&to="
                    + URLEncoder.encode(extreme, StandardCharsets.UTF_8), key);
            sent++;
            if (!refusedNaming(list, "to")) {
                wrong.add("GET /appointments to=" + extreme + " -> " + list);
            }
        }
        assertThat(wrong).as("of " + sent + " extreme dates, those not refused with 400 naming the field").isEmpty();
        assertThat(sent).isGreaterThanOrEqualTo(4 * 10);
    }

    private static boolean refusedNaming(Reply reply, String field) {
        if (reply.status() != 400 || !isProblem(reply) || !"VALIDATION_FAILED".equals(reply.text("code"))) {
            return false;
        }
        for (JsonNode error : reply.json().path("errors")) {
            if (error.path("field").asText().equals(field)) {
                return true;
            }
        }
        return false;
    }

    private static String toJson(Object body) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String bodyless(String method) {
        return method.equals("GET") || method.equals("DELETE") ? null : "{}";
    }

    private void send(String method, String path, String key, String body) {
        String what = method + " " + path.substring(0, Math.min(path.length(), 120)) + " "
                + (body == null ? "" : body.substring(0, Math.min(body.length(), 80)));
        Reply reply;
        try {
            reply = api().send(method, path, key, body, Map.of());
        } catch (AssertionError noAnswerOrOffContract) {
            cases++;
            failures.add(what + " -> " + (noAnswerOrOffContract.getCause() == null
                    ? noAnswerOrOffContract.getMessage().substring(0, Math.min(600,
                    noAnswerOrOffContract.getMessage().length()))
                    : "no answer: " + noAnswerOrOffContract.getCause()));
            return;
        }
        check(what, reply);
    }

    /**
     * The sweep's one flake was no answer at all ("HTTP/1.1 header parser received no bytes") to a
     * body over the limit, twice in a run on a loaded machine: the server answered 413 from the
     * headers alone and could close the connection with the body unread, and the client, still
     * sending, got a reset that threw the 413 away. The server now reads such a body (up to 1 MiB past
     * the limit) to its end before answering. This holds the outcome: sent in full, the body gets its
     * 413 problem and the connection serves the next request. The race itself turns on timing and is
     * not staged here (this test also passes against the old filter, when the body arrives at once).
     */
    @Test
    void aBodyOverTheLimitSentInFullGetsItsAnswerAndTheConnectionLivesOn() throws Exception {
        String key = Clinics.open(SharedServer.api(), "Asia/Riyadh", 1).key();
        byte[] body = ("{\"sessions\":\"" + "x".repeat((int) BODY_LIMIT) + "\"}").getBytes(StandardCharsets.US_ASCII);
        try (Socket socket = new Socket("127.0.0.1", APP.getLocalPort())) {
            socket.setSoTimeout(30_000); // a guard against a hang, not a measure of anything
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write(("POST /v1/treatments/prp/quote HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + key
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            assertThat(answer(in)).startsWith("HTTP/1.1 413 ").contains("\"code\":\"PAYLOAD_TOO_LARGE\"");
            out.write(("GET /v1/treatments HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + key + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertThat(answer(in)).as("the same connection answers the next request").startsWith("HTTP/1.1 200 ");
        }
    }

    /** One HTTP/1.1 answer off the wire: its head, and its body by Content-Length or chunks. */
    private static String answer(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("the connection closed after: " + head);
            }
            head.append((char) b);
        }
        Matcher length = Pattern.compile("(?im)^content-length: *(\\d+)").matcher(head);
        byte[] body;
        if (length.find()) {
            body = in.readNBytes(Integer.parseInt(length.group(1)));
        } else {
            java.io.ByteArrayOutputStream chunks = new java.io.ByteArrayOutputStream();
            int size;
            while ((size = Integer.parseInt(line(in).trim(), 16)) > 0) {
                chunks.write(in.readNBytes(size));
                line(in);
            }
            line(in);
            body = chunks.toByteArray();
        }
        return head + new String(body, StandardCharsets.UTF_8);
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            line.append((char) b);
        }
        return line.toString();
    }

    private void sendBytes(String method, String path, String key, byte[] body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + APP.getLocalPort() + "/v1" + path))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build();
        check(method + " " + path + " <invalid UTF-8>", api().send(request));
    }

    private void check(String what, Reply reply) {
        cases++;
        // This server runs without Stripe: a card route's 503 PAYMENTS_NOT_CONFIGURED is its documented answer.
        boolean noCardsHere = reply.status() == 503 && isProblem(reply)
                && reply.body().contains("\"code\":\"PAYMENTS_NOT_CONFIGURED\"");
        if (reply.status() >= 500 && !noCardsHere) {
            failures.add(what + " -> " + reply.status() + " " + abbreviated(reply.body()));
        } else if (reply.status() >= 400 && !isProblem(reply)) {
            failures.add(what + " -> " + reply.status() + " not a problem document: " + abbreviated(reply.body()));
        }
    }

    private static boolean isProblem(Reply reply) {
        if (reply.contentType() == null || !reply.contentType().startsWith("application/problem+json")) {
            return false;
        }
        try {
            return reply.text("code") != null;
        } catch (AssertionError notJson) {
            return false;
        }
    }

    private static String abbreviated(String text) {
        return text == null ? "" : text.substring(0, Math.min(200, text.length()));
    }

    private static String withIds(String path, Map<String, String> ids) {
        Matcher kind = FIRST_ID.matcher(path);
        String id = kind.find() ? ids.getOrDefault(kind.group(1), "prp") : "prp";
        return path.replaceAll("\\{[^}]+}", id);
    }

    private static JsonNode resolve(JsonNode schema, JsonNode schemas) {
        String ref = schema.path("$ref").asText("");
        return ref.startsWith("#/components/schemas/") ? schemas.path(ref.substring("#/components/schemas/".length()))
                : schema;
    }
}
