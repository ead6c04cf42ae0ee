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
        String query = exchange.getRequestURI().getRawQuery();
        Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                form(exchange.getRequestMethod().equals("GET") && query != null ? query : body),
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
            if (refusalsLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                answer = "{\"error\":{\"type\":\"invalid_request_error\",\"code\":\"charge_already_refunded\","
                        + "\"message\":\"Charge has already been refunded.\"}}";
                answersByKey.put(request.idempotencyKey(), answer);
                respond(exchange, 400, answer);
                return;
            }
            ObjectNode refund = newRefund(request.form().get("payment_intent"),
                    Long.parseLong(request.form().get("amount")));
            ObjectNode metadata = refund.putObject("metadata");
            request.form().forEach((k, v) -> {
                if (k.startsWith("metadata[")) {
                    metadata.put(k.substring(9, k.length() - 1), v);
                }
            });
            answer = refund.toString();
        } else if (request.method().equals("GET") && request.path().equals("/v1/refunds")) {
            String intent = request.form().get("payment_intent");
            ObjectNode list = JSON.createObjectNode();
            list.put("object", "list");
            list.put("url", "/v1/refunds");
            list.put("has_more", false);
            var data = list.putArray("data");
            refunds.values().stream().filter(r -> intent == null || intent.equals(r.get("payment_intent").asText()))
                    .forEach(data::add);
            answer = list.toString();
        } else {
            respond(exchange, 404, "{\"error\":{\"type\":\"invalid_request_error\"}}");
            return;
        }
        if (request.idempotencyKey() != null) {
            answersByKey.put(request.idempotencyKey(), answer);
        }
        respond(exchange, 200, answer);
    }

    private final Map<String, ObjectNode> refunds = Collections.synchronizedMap(new LinkedHashMap<>());
    private final AtomicInteger refusalsLeft = new AtomicInteger();

    /** The next refund answers 400 charge_already_refunded. */
    public void refuseNextRefund() {
        refusalsLeft.set(1);
    }

    private ObjectNode newRefund(String intentId, long amount) {
        ObjectNode refund = fixture("refund");
        String id = "re_test" + ids.incrementAndGet();
        refund.put("id", id);
        refund.put("amount", amount);
        refund.put("payment_intent", intentId);
        refund.put("status", "succeeded");
        refund.putObject("metadata");
        refunds.put(id, refund);
        return refund;
    }

    /** A refund made by someone in Stripe's dashboard: no metadata of ours. */
    public String dashboardRefund(String intentId, long amount) {
        return newRefund(intentId, amount).get("id").asText();
    }

    /** What Stripe would now say of a refund (e.g. it failed after succeeding). */
    public void setRefundStatus(String id, String status) {
        refunds.get(id).put("status", status);
    }

    public ObjectNode refund(String id) {
        return refunds.get(id).deepCopy();
    }

    /** A Charge for charge.refunded events: Stripe's object carries the PaymentIntent and the total refunded. */
    public ObjectNode charge(String intentId) {
        ObjectNode charge = JSON.createObjectNode();
        charge.put("id", "ch_" + intentId.substring(3));
        charge.put("object", "charge");
        charge.put("payment_intent", intentId);
        charge.put("refunded", true);
        charge.put("amount_refunded", refunds.values().stream()
                .filter(r -> intentId.equals(r.get("payment_intent").asText())
                        && "succeeded".equals(r.get("status").asText()))
                .mapToLong(r -> r.get("amount").asLong()).sum());
        charge.putObject("metadata");
        return charge;
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
