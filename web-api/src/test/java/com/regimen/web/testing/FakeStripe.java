package com.regimen.web.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local HTTP server standing in for api.stripe.com: it records every request (method, path, form
 * parameters, Idempotency-Key, Stripe-Account), answers with Stripe's own fixture objects, honours
 * idempotency keys as Stripe does, and can be told to fail with 500s.
 */
public final class FakeStripe implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    public record Request(String method, String path, Map<String, String> form, String idempotencyKey,
                          String stripeAccount) {
    }

    private final HttpServer server;
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, String> answersByKey = new ConcurrentHashMap<>();
    private final Map<String, ObjectNode> intents = new ConcurrentHashMap<>();
    private final Map<String, ObjectNode> setups = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final AtomicInteger failuresLeft = new AtomicInteger();

    public FakeStripe() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    private final AtomicInteger declinesLeft = new AtomicInteger();

    /** The next PaymentIntent answers 402 card_declined, as Stripe does for a refused off-session charge. */
    public void declineNext() {
        declinesLeft.set(1);
    }

    /** The next {@code n} requests answer 500. */
    public void failNext(int n) {
        failuresLeft.set(n);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), form(body),
                exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                exchange.getRequestHeaders().getFirst("Stripe-Account"));
        requests.add(request);
        if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            respond(exchange, 500, "{\"error\":{\"type\":\"api_error\",\"message\":\"try again\"}}");
            return;
        }
        if (request.idempotencyKey() != null && answersByKey.containsKey(request.idempotencyKey())) {
            respond(exchange, 200, answersByKey.get(request.idempotencyKey()));
            return;
        }
        String answer;
        if (request.path().equals("/v1/payment_intents") && declinesLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            answer = "{\"error\":{\"type\":\"card_error\",\"code\":\"card_declined\",\"decline_code\":"
                    + "\"insufficient_funds\",\"message\":\"Your card has insufficient funds.\"}}";
            answersByKey.put(request.idempotencyKey(), answer);
            respond(exchange, 402, answer);
            return;
        }
        if (request.method().equals("POST") && request.path().equals("/v1/payment_intents")) {
            ObjectNode intent = fixture("payment_intent");
            String id = "pi_test" + ids.incrementAndGet();
            intent.put("id", id);
            intent.put("amount", Long.parseLong(request.form().get("amount")));
            intent.put("currency", request.form().get("currency"));
            // Confirmed now with a saved card (off_session): Stripe answers with the outcome.
            intent.put("status", "true".equals(request.form().get("confirm")) ? "succeeded" : "requires_payment_method");
            intent.put("client_secret", id + "_secret_abc");
            intent.putNull("last_payment_error");
            ObjectNode metadata = intent.putObject("metadata");
            request.form().forEach((k, v) -> {
                if (k.startsWith("metadata[")) {
                    metadata.put(k.substring(9, k.length() - 1), v);
                }
            });
            intents.put(id, intent);
            answer = intent.toString();
        } else if (request.method().equals("POST") && request.path().equals("/v1/customers")) {
            ObjectNode customer = fixture("customer");
            customer.put("id", "cus_test" + ids.incrementAndGet());
            answer = customer.toString();
        } else if (request.method().equals("POST") && request.path().equals("/v1/setup_intents")) {
            ObjectNode setup = fixture("setup_intent");
            String id = "seti_test" + ids.incrementAndGet();
            setup.put("id", id);
            setup.put("client_secret", id + "_secret_abc");
            setup.put("customer", request.form().get("customer"));
            setup.put("status", "requires_payment_method");
            setup.putNull("last_setup_error");
            ObjectNode metadata = setup.putObject("metadata");
            request.form().forEach((k, v) -> {
                if (k.startsWith("metadata[")) {
                    metadata.put(k.substring(9, k.length() - 1), v);
                }
            });
            setups.put(id, setup);
            answer = setup.toString();
        } else if (request.method().equals("GET") && request.path().startsWith("/v1/payment_intents/")) {
            ObjectNode intent = intents.get(request.path().substring("/v1/payment_intents/".length()));
            if (intent == null) {
                respond(exchange, 404, "{\"error\":{\"type\":\"invalid_request_error\",\"code\":\"resource_missing\"}}");
                return;
            }
            answer = intent.toString();
        } else if (request.method().equals("POST") && request.path().equals("/v1/refunds")) {
            ObjectNode refund = fixture("refund");
            refund.put("id", "re_test" + ids.incrementAndGet());
            refund.put("amount", Long.parseLong(request.form().get("amount")));
            refund.put("payment_intent", request.form().get("payment_intent"));
            answer = refund.toString();
        } else {
            respond(exchange, 404, "{\"error\":{\"type\":\"invalid_request_error\"}}");
            return;
        }
        if (request.idempotencyKey() != null) {
            answersByKey.put(request.idempotencyKey(), answer);
        }
        respond(exchange, 200, answer);
    }

    /** A SetupIntent as the fake last described it. */
    public ObjectNode setupIntent(String id) {
        return setups.get(id).deepCopy();
    }

    /** What Stripe would now say of an intent (e.g. after the customer confirmed it). */
    public void setIntentStatus(String id, String status) {
        intents.get(id).put("status", status);
    }

    /** A PaymentIntent as the fake last described it, for building webhook events. */
    public ObjectNode intent(String id) {
        return intents.get(id).deepCopy();
    }

    private static ObjectNode fixture(String name) {
        try (InputStream in = FakeStripe.class.getResourceAsStream("/stripe/" + name + ".json")) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (!pair.isEmpty()) {
                String[] kv = pair.split("=", 2);
                form.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return form;
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("Request-Id", "req_test");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
