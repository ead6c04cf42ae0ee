package com.regimen.web.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local SMS/WhatsApp provider with Twilio's Messages API shape. It checks every request (path with
 * the account sid, basic auth, form encoding, To and From in E.164, with the whatsapp: prefix on both
 * or neither, a body) and records what it accepted; anything wrong is answered 400 and kept in
 * {@link #violations()}. {@link #failNext} makes it answer 503 (an outage).
 */
public final class FakeMessagingProvider implements AutoCloseable {
    public static final String SID = "AC_test_account";
    public static final String TOKEN = "provider-token-secret";
    public static final String SMS_FROM = "+15005550006";

    /** @param sid what the provider answered for it */
    public record Accepted(String to, String from, String body, String sid) {
    }

    private final HttpServer server;
    private final List<Accepted> accepted = Collections.synchronizedList(new ArrayList<>());
    private final List<String> violations = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger ids = new AtomicInteger();

    public FakeMessagingProvider() {
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

    public void failNext(int n) {
        failuresLeft.set(n);
    }

    /** How many requests it answered 503 while failing. */
    public int refusedDuringOutage() {
        return refused.get();
    }

    public List<Accepted> accepted() {
        synchronized (accepted) {
            return List.copyOf(accepted);
        }
    }

    public List<String> violations() {
        synchronized (violations) {
            return List.copyOf(violations);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        List<String> wrong = new ArrayList<>();
        if (!exchange.getRequestMethod().equals("POST")) {
            wrong.add("method " + exchange.getRequestMethod());
        }
        if (!exchange.getRequestURI().getPath().equals("/2010-04-01/Accounts/" + SID + "/Messages.json")) {
            wrong.add("path " + exchange.getRequestURI().getPath());
        }
        String expectedAuth = "Basic " + Base64.getEncoder().encodeToString((SID + ":" + TOKEN)
                .getBytes(StandardCharsets.UTF_8));
        if (!expectedAuth.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            wrong.add("authorization");
        }
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type == null || !type.startsWith("application/x-www-form-urlencoded")) {
            wrong.add("content type " + type);
        }
        Map<String, String> form = form(body);
        String to = form.getOrDefault("To", "");
        String from = form.getOrDefault("From", "");
        boolean whatsapp = to.startsWith("whatsapp:");
        if (whatsapp != from.startsWith("whatsapp:")) {
            wrong.add("whatsapp: on one side only");
        }
        if (!to.replace("whatsapp:", "").matches("\\+[1-9]\\d{6,14}")) {
            wrong.add("To not E.164");
        }
        if (!from.replace("whatsapp:", "").matches("\\+[1-9]\\d{6,14}")) {
            wrong.add("From not E.164");
        }
        if (form.getOrDefault("Body", "").isBlank() || form.get("Body").length() > 1600) {
            wrong.add("Body empty or over 1600 characters");
        }
        if (!wrong.isEmpty()) {
            violations.addAll(wrong);
            answer(exchange, 400, "{\"code\":21211,\"message\":\"invalid request\"}");
            return;
        }
        if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            refused.incrementAndGet();
            answer(exchange, 503, "{\"code\":20503,\"message\":\"Service unavailable\"}");
            return;
        }
        String sid = "SM" + ids.incrementAndGet();
        accepted.add(new Accepted(to, from, form.get("Body"), sid));
        answer(exchange, 201, "{\"sid\":\"" + sid + "\",\"status\":\"queued\"}");
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
