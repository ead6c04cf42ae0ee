package com.regimen.web.testing;

import com.fasterxml.jackson.databind.JsonNode;
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
            if (request.form().containsKey("payment_method_types[0]")) {
                intent.putArray("payment_method_types").add(request.form().get("payment_method_types[0]"));
            }
            intents.put(id, intent);
            if (request.stripeAccount() != null) {
                intentAccounts.put(id, request.stripeAccount());
            }
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
            answer = withLatestCharge(intent, "latest_charge".equals(request.form().get("expand[0]"))).toString();
        } else if (terminal.answers(request)) {
            Terminal.Answer given;
            try {
                given = terminal.answer(request);
            } catch (Refused refused) {
                ObjectNode error = JSON.createObjectNode();
                error.putObject("error").put("type", "invalid_request_error").put("code", "parameter_missing")
                        .put("message", refused.getMessage());
                given = new Terminal.Answer(400, error.toString());
            }
            if (given.status() != 200) {
                respond(exchange, given.status(), given.body());
                return;
            }
            answer = given.body();
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
    private final Map<String, String> intentAccounts = new ConcurrentHashMap<>();
    private final Map<String, ObjectNode> charges = new ConcurrentHashMap<>();
    /** Connect accounts, Account Links and Terminal, checked request by request. */
    private final Terminal terminal = new Terminal();

    /** The Connect and Terminal side of the fake: {@link #connect()} and {@link #readers()} for tests. */
    public Terminal terminal() {
        return terminal;
    }

    private ObjectNode withLatestCharge(ObjectNode intent, boolean expand) {
        ObjectNode copy = intent.deepCopy();
        String charge = intent.path("latest_charge").isTextual() ? intent.get("latest_charge").asText() : null;
        if (charge != null && expand && charges.containsKey(charge)) {
            copy.set("latest_charge", charges.get(charge).deepCopy());
        }
        return copy;
    }

    /**
     * Stripe Connect (accounts, account links) and Terminal (locations, readers, their actions, the
     * test helper that presents a card). Every request is checked as Stripe would: the connected
     * account in Stripe-Account where it belongs (and never where it does not), an Idempotency-Key on
     * every create, the parameters Regimen must send; a request that fails a check answers 400 with
     * the reason, which a test sees as a refused call.
     */
    public final class Terminal {
        public record Answer(int status, String body) {
        }

        private final Map<String, ObjectNode> accounts = new ConcurrentHashMap<>();
        private final java.util.Deque<String> nextAccountIds = new java.util.concurrent.ConcurrentLinkedDeque<>();
        private final Map<String, ObjectNode> locations = new ConcurrentHashMap<>();
        private final Map<String, String> locationAccounts = new ConcurrentHashMap<>();
        private final Map<String, ObjectNode> readers = new ConcurrentHashMap<>();
        private final Map<String, String> readerAccounts = new ConcurrentHashMap<>();
        private final List<String> problems = Collections.synchronizedList(new ArrayList<>());

        /** Every request this side refused, with why: a test asserts it is empty. */
        public List<String> problems() {
            synchronized (problems) {
                return List.copyOf(problems);
            }
        }

        /** The next account the platform creates gets this id (tests that name their account). */
        public void nextAccountId(String id) {
            nextAccountIds.add(id);
        }

        /** Stripe finished onboarding: charges are enabled on the account. */
        public void enableCharges(String account, boolean enabled) {
            accounts.get(account).put("charges_enabled", enabled).put("details_submitted", true);
        }

        public ObjectNode account(String id) {
            return accounts.get(id).deepCopy();
        }

        public ObjectNode reader(String id) {
            return readers.get(id).deepCopy();
        }

        /** The reader holding an action for this PaymentIntent. */
        public String readerOf(String intentId) {
            return readers.values().stream().filter(r -> r.path("action").path("process_payment_intent")
                    .path("payment_intent").asText("").equals(intentId)).map(r -> r.get("id").asText())
                    .findFirst().orElseThrow(() -> new IllegalStateException("no reader holds " + intentId));
        }

        public void setOnline(String readerId, boolean online) {
            readers.get(readerId).put("status", online ? "online" : "offline");
        }

        /**
         * What Stripe's present_payment_method test helper does: the patient taps a card. Number
         * 4000000000000002 is declined, as in Stripe's test mode.
         */
        public ObjectNode presentCard(String intentId, String number) {
            return presentCard(intentId, number, "contactless_emv");
        }

        /** As {@link #presentCard(String, String)}, read the way given: {@code contact_emv} is the chip. */
        public ObjectNode presentCard(String intentId, String number, String readMethod) {
            String reader = readerOf(intentId);
            Answer a = present(reader, number, readMethod);
            if (a.status() != 200) {
                throw new IllegalStateException(a.body());
            }
            return reader(reader);
        }

        boolean answers(Request r) {
            return r.path().startsWith("/v1/accounts") || r.path().startsWith("/v1/account_links")
                    || r.path().startsWith("/v1/terminal/") || r.path().startsWith("/v1/test_helpers/terminal/")
                    || r.path().matches("/v1/payment_intents/[^/]+/cancel");
        }

        synchronized Answer answer(Request r) {
            Map<String, String> f = r.form();
            String path = r.path();
            boolean post = r.method().equals("POST");
            if (post && path.equals("/v1/accounts")) {
                require(r, r.stripeAccount() == null, "accounts are created on the platform, not a connected account");
                require(r, r.idempotencyKey() != null, "an Idempotency-Key");
                require(r, "express".equals(f.get("type")), "type=express");
                require(r, "true".equals(f.get("capabilities[card_payments][requested]")), "card_payments requested");
                require(r, f.get("metadata[regimen_tenant]") != null, "metadata[regimen_tenant]");
                ObjectNode account = JSON.createObjectNode();
                String id = nextAccountIds.isEmpty() ? "acct_1Fake" + ids.incrementAndGet() : nextAccountIds.poll();
                account.put("id", id).put("object", "account").put("type", "express")
                        .put("charges_enabled", false).put("details_submitted", false).put("payouts_enabled", false);
                ObjectNode metadata = account.putObject("metadata");
                metadata.put("regimen_tenant", f.get("metadata[regimen_tenant]"));
                accounts.put(id, account);
                return ok(account);
            }
            if (post && path.equals("/v1/account_links")) {
                require(r, r.stripeAccount() == null, "account links are created on the platform");
                require(r, accounts.containsKey(f.get("account")), "an account the platform created");
                require(r, "account_onboarding".equals(f.get("type")), "type=account_onboarding");
                require(r, f.get("refresh_url") != null && f.get("return_url") != null, "refresh_url and return_url");
                ObjectNode link = JSON.createObjectNode();
                link.put("object", "account_link").put("url", baseUrl() + "/setup/e/" + f.get("account"))
                        .put("created", 1_790_000_000L).put("expires_at", 1_790_000_300L);
                return ok(link);
            }
            String account = r.stripeAccount();
            require(r, account != null && accounts.containsKey(account)
                    && accounts.get(account).get("charges_enabled").asBoolean(), "a connected account with charges enabled in Stripe-Account");
            if (post && path.equals("/v1/terminal/locations")) {
                require(r, r.idempotencyKey() != null, "an Idempotency-Key");
                require(r, f.get("display_name") != null && f.get("address[line1]") != null
                        && f.get("address[city]") != null && f.get("address[country]") != null,
                        "display_name and address[line1], [city], [country]");
                ObjectNode location = JSON.createObjectNode();
                String id = "tml_fake" + ids.incrementAndGet();
                location.put("id", id).put("object", "terminal.location").put("display_name", f.get("display_name"));
                ObjectNode address = location.putObject("address");
                address.put("line1", f.get("address[line1]")).put("city", f.get("address[city]"))
                        .put("country", f.get("address[country]"));
                locations.put(id, location);
                locationAccounts.put(id, account);
                return ok(location);
            }
            if (post && path.equals("/v1/terminal/readers")) {
                require(r, r.idempotencyKey() != null, "an Idempotency-Key");
                require(r, account.equals(locationAccounts.get(f.get("location"))), "a location of this account");
                require(r, f.get("label") != null, "a label");
                String code = f.get("registration_code");
                if (code == null || !code.startsWith("simulated-")) {
                    return error(400, "invalid_request_error", "resource_missing",
                            "No reader is waiting with that registration code.");
                }
                ObjectNode reader = JSON.createObjectNode();
                String id = "tmr_fake" + ids.incrementAndGet();
                reader.put("id", id).put("object", "terminal.reader").put("label", f.get("label"))
                        .put("device_type", "simulated_wisepos_e").put("serial_number", "SIM-" + id)
                        .put("status", "online").put("location", f.get("location")).putNull("action");
                ObjectNode metadata = reader.putObject("metadata");
                f.forEach((k, v) -> {
                    if (k.startsWith("metadata[")) {
                        metadata.put(k.substring(9, k.length() - 1), v);
                    }
                });
                readers.put(id, reader);
                readerAccounts.put(id, account);
                return ok(reader);
            }
            if (r.method().equals("GET") && path.equals("/v1/terminal/readers")) {
                ObjectNode list = JSON.createObjectNode();
                list.put("object", "list").put("url", "/v1/terminal/readers").put("has_more", false);
                var data = list.putArray("data");
                readers.values().stream().filter(x -> account.equals(readerAccounts.get(x.get("id").asText())))
                        .filter(x -> f.get("location") == null || f.get("location").equals(x.get("location").asText()))
                        .forEach(data::add);
                return ok(list);
            }
            java.util.regex.Matcher m = java.util.regex.Pattern
                    .compile("/v1/(test_helpers/)?terminal/readers/([^/]+)(/[a-z_]+)?").matcher(path);
            if (m.matches()) {
                String id = m.group(2);
                if (!readers.containsKey(id) || !account.equals(readerAccounts.get(id))) {
                    return error(404, "invalid_request_error", "resource_missing", "No such reader on this account.");
                }
                ObjectNode reader = readers.get(id);
                String action = m.group(3);
                if (m.group(1) != null && "/present_payment_method".equals(action) && post) {
                    return present(id, f.get("card_present[number]"), "contactless_emv");
                }
                if (action == null && !post) {
                    return ok(reader);
                }
                if (action == null) {
                    if (f.get("label") != null) {
                        reader.put("label", f.get("label"));
                    }
                    return ok(reader);
                }
                if ("/process_payment_intent".equals(action) && post) {
                    require(r, r.idempotencyKey() != null, "an Idempotency-Key");
                    ObjectNode intent = intents.get(f.get("payment_intent"));
                    require(r, intent != null && account.equals(intentAccounts.get(f.get("payment_intent"))),
                            "a PaymentIntent of this account");
                    require(r, intent.path("payment_method_types").toString().contains("card_present"),
                            "a card_present PaymentIntent");
                    if (!"online".equals(reader.get("status").asText())) {
                        return error(400, "invalid_request_error", "terminal_reader_offline", "Reader is offline.");
                    }
                    if (reader.path("action").path("status").asText("").equals("in_progress")) {
                        return error(400, "invalid_request_error", "terminal_reader_busy", "Reader is busy.");
                    }
                    ObjectNode act = reader.putObject("action");
                    act.put("type", "process_payment_intent").put("status", "in_progress").putNull("failure_code")
                            .putNull("failure_message");
                    act.putObject("process_payment_intent").put("payment_intent", f.get("payment_intent"));
                    return ok(reader);
                }
                if ("/cancel_action".equals(action) && post) {
                    if (!reader.path("action").path("status").asText("").equals("in_progress")) {
                        return error(400, "invalid_request_error", "terminal_reader_busy", "Nothing to cancel.");
                    }
                    reader.putNull("action");
                    return ok(reader);
                }
            }
            m = java.util.regex.Pattern.compile("/v1/payment_intents/([^/]+)/cancel").matcher(path);
            if (m.matches() && post) {
                ObjectNode intent = intents.get(m.group(1));
                require(r, intent != null && account.equals(intentAccounts.get(m.group(1))),
                        "a PaymentIntent of this account");
                if (List.of("succeeded", "canceled", "processing").contains(intent.get("status").asText())) {
                    return error(400, "invalid_request_error", "payment_intent_unexpected_state",
                            "This PaymentIntent's status is " + intent.get("status").asText() + ".");
                }
                intent.put("status", "canceled");
                return ok(intent);
            }
            return error(404, "invalid_request_error", "resource_missing", "Unknown path " + path);
        }

        private Answer present(String readerId, String number, String readMethod) {
            ObjectNode reader = readers.get(readerId);
            JsonNode act = reader.path("action");
            if (!act.path("status").asText("").equals("in_progress")) {
                return error(400, "invalid_request_error", "terminal_reader_busy", "The reader has no action.");
            }
            String intentId = act.path("process_payment_intent").path("payment_intent").asText();
            ObjectNode intent = intents.get(intentId);
            ObjectNode action = (ObjectNode) act;
            if ("4000000000000002".equals(number)) {
                action.put("status", "failed").put("failure_code", "card_declined")
                        .put("failure_message", "Your card was declined.");
                intent.put("status", "requires_payment_method");
                intent.putObject("last_payment_error").put("code", "card_declined").put("type", "card_error");
                return ok(reader);
            }
            String last4 = number == null ? "4242" : number.substring(number.length() - 4);
            ObjectNode charge = JSON.createObjectNode();
            String chargeId = "ch_fake" + ids.incrementAndGet();
            charge.put("id", chargeId).put("object", "charge").put("payment_intent", intentId)
                    .put("amount", intent.get("amount").asLong()).put("status", "succeeded");
            ObjectNode details = charge.putObject("payment_method_details");
            details.put("type", "card_present");
            details.putObject("card_present").put("brand", "visa").put("last4", last4)
                    .put("read_method", readMethod);
            charges.put(chargeId, charge);
            intent.put("status", "succeeded").put("latest_charge", chargeId);
            action.put("status", "succeeded");
            return ok(reader);
        }

        private void require(Request r, boolean ok, String what) {
            if (!ok) {
                String problem = r.method() + " " + r.path() + " needs " + what;
                problems.add(problem);
                throw new Refused(problem);
            }
        }

        private Answer ok(JsonNode body) {
            return new Answer(200, body.toString());
        }

        private Answer error(int status, String type, String code, String message) {
            ObjectNode error = JSON.createObjectNode();
            error.putObject("error").put("type", type).put("code", code).put("message", message);
            return new Answer(status, error.toString());
        }
    }

    private static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }
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
