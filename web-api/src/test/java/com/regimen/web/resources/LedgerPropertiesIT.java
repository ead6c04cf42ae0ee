package com.regimen.web.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.regimen.core.testing.TestDatabase;
import com.regimen.core.testing.TestDatabases;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.testing.Api;
import com.regimen.web.testing.StripeConnections;
import com.regimen.web.testing.Clinics;
import com.regimen.web.testing.Clinics.Clinic;
import com.regimen.web.testing.FakeStripe;
import com.regimen.web.testing.Reply;
import com.regimen.web.testing.StripeSignatures;
import com.regimen.web.testing.TestApps;
import com.regimen.web.testing.TestRegimenApplication;
import com.stripe.Stripe;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import net.jqwik.api.AfterFailureMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledger's one invariant under random sequences of everything that moves money, some of them
 * fired concurrently, against the real server, MariaDB and a fake Stripe that records what we send:
 * for every appointment (a single PRP session and the three sessions of an exosome course),
 * money held (paid or being paid by card, less refunds) stays between 0 and the discounted price; a
 * deposit never exceeds the deposit, a fee never the fee; each payment's refunded sum matches its
 * refunds and never exceeds it; the ledger the API shows agrees with the rows. Checked after every
 * step. jqwik prints the seed after the run; put it in {@code @Property(seed = "...")} to replay a
 * run, and a failure is shrunk to a minimal sequence.
 */
class LedgerPropertiesIT {
    private static final String WEBHOOK_SECRET = "whsec_ledger_properties";
    private static final TestDatabase DB = TestDatabases.create();
    private static final FakeStripe STRIPE = new FakeStripe();
    private static final DropwizardAppExtension<RegimenConfiguration> APP = TestApps.app(DB,
            ConfigOverride.config("stripe.secretKey", "sk_test_fake"),
            ConfigOverride.config("stripe.webhookSecret", WEBHOOK_SECRET),
            ConfigOverride.config("stripe.apiBase", STRIPE.baseUrl()));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int TARGETS = 4;

    /** One clinic chain for every try (opening one is most of a try's cost); each try books its own visits. */
    private static Shared shared;
    private static final java.util.concurrent.atomic.AtomicInteger TRIES = new java.util.concurrent.atomic.AtomicInteger();

    private record Shared(Clinic clinic, String discountRule) {
    }

    @BeforeContainer
    static void start() throws Exception {
        APP.before();
        Api api = TestApps.api(APP);
        Clinic c = Clinics.open(api, "Asia/Riyadh", 500);
        // More rooms and practitioners than any day's visits need, so that every try can book.
        for (int i = 2; i <= 6; i++) {
            api.post("/rooms", c.key(), Map.of("locationId", c.location(), "name", "Room " + i,
                    "equipment", List.of("centrifuge"), "turnoverMinutes", 15));
            List<Map<String, String>> schedule = new ArrayList<>();
            for (String day : List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT")) {
                schedule.add(Map.of("locationId", c.location(), "day", day, "from", "09:00", "to", "17:00"));
            }
            api.post("/practitioners", c.key(), Map.of("name", "Dr. " + i, "credentials", List.of("PHYSICIAN"),
                    "schedule", schedule));
        }
        StripeConnections.connect(api, STRIPE, WEBHOOK_SECRET, c.key(), "acct_1LedgerProperties");
        api.put("/treatments/prp/settings", c.key(), Map.of("prices", Map.of("session", 150_000)));
        Reply rule = api.post("/discounts", c.key(), Map.of("name", "Ten", "kind", "PERCENT", "percent", 10));
        assertThat(rule.status()).as(rule.toString()).isEqualTo(201);
        shared = new Shared(c, rule.text("id"));
    }

    @AfterContainer
    static void stop() {
        APP.after();
        STRIPE.close();
    }

    // ---- what can happen at a clinic's desk and at Stripe --------------------------------------

    sealed interface Step permits Pay, Refund, Webhook, Duplicate, DashboardRefund, RefundFails, Close, Reschedule,
            Discount, Complete, Reconcile, Race {
    }

    /** {@code target} 0 is the single appointment, 1-3 the course's sessions; {@code amount} null: all due. */
    record Pay(int target, String kind, boolean card, Long amount, long extraTendered) implements Step {
    }

    record Refund(int pick, Long amount) implements Step {
    }

    /** Stripe tells us a card PaymentIntent moved (late, early, whatever order). */
    record Webhook(int pick, String type) implements Step {
    }

    /** Stripe delivers the last event again. */
    record Duplicate() implements Step {
    }

    record DashboardRefund(int pick, long amount) implements Step {
    }

    /** A refund Stripe made fails days later (a closed card account). */
    record RefundFails(int pick) implements Step {
    }

    record Close(int target, boolean noShow) implements Step {
    }

    record Reschedule(int days) implements Step {
    }

    record Discount(int target) implements Step {
    }

    record Complete(int target) implements Step {
    }

    record Reconcile(int pick) implements Step {
    }

    /** Steps sent at the same moment from different clients. */
    record Race(List<Step> steps) implements Step {
    }

    @Provide
    Arbitrary<List<Step>> days() {
        return step(true).list().ofMinSize(3).ofMaxSize(12);
    }

    private Arbitrary<Step> step(boolean races) {
        Arbitrary<Integer> target = Arbitraries.integers().between(0, TARGETS - 1);
        Arbitrary<Integer> pick = Arbitraries.integers().between(0, 5);
        Arbitrary<Long> amount = Arbitraries.of(1L, 5_000L, 20_000L, 30_000L, 60_000L, 100_000L, 150_000L, 200_000L)
                .injectNull(0.5);
        Arbitrary<Step> pay = Combinators.combine(target, Arbitraries.of("DEPOSIT", "BALANCE", "NO_SHOW_FEE"),
                Arbitraries.frequency(Tuple.of(2, true), Tuple.of(1, false)), amount, Arbitraries.of(0L, 500L, 100_000L))
                .as((t, k, c, a, e) -> (Step) new Pay(t, k, c, a, e));
        Arbitrary<Step> refund = Combinators.combine(pick, amount).as((p, a) -> (Step) new Refund(p, a));
        Arbitrary<Step> webhook = Combinators.combine(pick, Arbitraries.of("payment_intent.succeeded",
                        "payment_intent.payment_failed", "payment_intent.processing", "payment_intent.canceled"))
                .as((p, t) -> (Step) new Webhook(p, t));
        Arbitrary<Step> dashboard = Combinators.combine(pick, Arbitraries.of(1_000L, 20_000L, 100_000L))
                .as((p, a) -> (Step) new DashboardRefund(p, a));
        Arbitrary<Step> close = Combinators.combine(target, Arbitraries.of(true, false))
                .as((t, n) -> (Step) new Close(t, n));
        List<Tuple.Tuple2<Integer, Arbitrary<? extends Step>>> choices = new ArrayList<>(List.of(
                Tuple.of(10, pay),
                Tuple.of(5, refund),
                Tuple.of(8, webhook),
                Tuple.of(1, Arbitraries.just(new Duplicate())),
                Tuple.of(2, dashboard),
                Tuple.of(2, pick.map(RefundFails::new)),
                Tuple.of(2, close),
                Tuple.of(1, Arbitraries.integers().between(1, 20).map(Reschedule::new)),
                Tuple.of(2, target.map(Discount::new)),
                Tuple.of(1, target.map(Complete::new)),
                Tuple.of(1, pick.map(Reconcile::new))));
        if (races) {
            choices.add(Tuple.of(3, step(false).list().ofMinSize(2).ofMaxSize(4).map(Race::new)));
        }
        @SuppressWarnings({"unchecked", "rawtypes"})
        Arbitrary<Step> any = (Arbitrary<Step>) Arbitraries.frequencyOf(choices.toArray(Tuple.Tuple2[]::new));
        return any;
    }

    // ---- the property --------------------------------------------------------------------------

    @Property(tries = 25, shrinking = ShrinkingMode.BOUNDED, afterFailure = AfterFailureMode.SAMPLE_FIRST)
    void moneyHeldStaysBetweenNothingAndWhatIsOwed(@ForAll("days") List<Step> steps) throws Exception {
        Desk desk = Desk.open(TestApps.api(APP), TRIES.incrementAndGet());
        desk.check("after booking");
        for (int i = 0; i < steps.size(); i++) {
            desk.run(steps.get(i));
            desk.check("after step " + (i + 1) + " " + steps.get(i));
        }
    }

    /** One try's clinic chain, its appointments, and what it needs to replay Stripe's events. */
    private static final class Desk {
        private final Api api;
        private final Clinic clinic;
        private final List<String> appointments;
        private final String course;
        private final String discountRule;
        private final AtomicReference<String> lastEvent = new AtomicReference<>();
        private final Instant day;

        private Desk(Api api, Clinic clinic, List<String> appointments, String course, String discountRule,
                     Instant day) {
            this.day = day;
            this.api = api;
            this.clinic = clinic;
            this.appointments = appointments;
            this.course = course;
            this.discountRule = discountRule;
        }

        /** Try {@code n} books a single PRP session and a three-session exosome course on days of its own. */
        static Desk open(Api api, int n) {
            Clinic c = shared.clinic();
            String patient = Clinics.patient(api, c, Map.of());
            Instant day = Instant.parse("2027-04-01T07:00:00Z").plusSeconds(86_400L * n);
            Reply single = Clinics.book(api, c, patient, "prp", day.toString(), Map.of());
            assertThat(single.status()).as(single.toString()).isEqualTo(201);
            Reply course = api.post("/courses", c.key(), Map.of("patientId", patient, "treatmentId", "exosome",
                    "locationId", c.location(), "sessions", 3, "firstStart", day.plusSeconds(3 * 3600).toString()));
            assertThat(course.status()).as(course.toString()).isEqualTo(201);
            List<String> ids = new ArrayList<>(List.of(single.text("id")));
            course.json().get("appointments").forEach(a -> ids.add(a.get("id").asText()));
            return new Desk(api, c, ids, course.text("courseId"), shared.discountRule(), day);
        }

        void run(Step step) throws Exception {
            if (step instanceof Race race) {
                ExecutorService pool = Executors.newFixedThreadPool(race.steps().size());
                try {
                    CountDownLatch go = new CountDownLatch(1);
                    List<Future<Object>> done = new ArrayList<>();
                    for (Step s : race.steps()) {
                        done.add(pool.submit(() -> {
                            go.await();
                            run(s);
                            return null;
                        }));
                    }
                    go.countDown();
                    for (Future<Object> f : done) {
                        f.get();
                    }
                } finally {
                    pool.shutdownNow();
                }
                return;
            }
            Reply reply = perform(step);
            if (reply != null) {
                assertThat(reply.status()).as(step + " -> " + reply).isLessThan(500);
                if (reply.status() >= 400) {
                    assertThat(reply.contentType()).as(step + " -> " + reply).startsWith("application/problem+json");
                    assertThat(reply.text("code")).as(step + " -> " + reply).isNotBlank();
                }
            }
        }

        /** Java 17 has no pattern switch: one branch per kind of step. */
        private Reply perform(Step step) {
            if (step instanceof Pay p) {
                return pay(p);
            }
            if (step instanceof Refund r) {
                return payment(r.pick(), "SUCCEEDED", null).map(id -> {
                    Map<String, Object> body = new HashMap<>();
                    if (r.amount() != null) {
                        body.put("amount", r.amount());
                    }
                    return api.post("/payments/" + id + "/refunds", key(), body);
                }).orElse(null);
            }
            if (step instanceof Webhook w) {
                return payment(w.pick(), null, "CARD").map(this::intentOf).map(intent -> intentEvent(intent, w.type()))
                        .orElse(null);
            }
            if (step instanceof Duplicate) {
                String last = lastEvent.get();
                return last == null ? null : deliver(last);
            }
            if (step instanceof DashboardRefund d) {
                return payment(d.pick(), "SUCCEEDED", "CARD").map(id -> {
                    long left = DB.count("SELECT amount - refunded FROM payments WHERE tenant_id = ? AND id = ?",
                            tenant(), id);
                    if (left < d.amount()) {
                        return null; // Stripe refuses a refund beyond the charge
                    }
                    String intent = intentOf(id);
                    STRIPE.dashboardRefund(intent, d.amount());
                    return event("charge.refunded", STRIPE.charge(intent));
                }).orElse(null);
            }
            if (step instanceof RefundFails f) {
                return stripeRefund(f.pick()).map(id -> {
                    STRIPE.setRefundStatus(id, "failed");
                    return event("refund.failed", STRIPE.refund(id));
                }).orElse(null);
            }
            if (step instanceof Close c) {
                return api.post("/appointments/" + appointments.get(c.target()) + (c.noShow() ? "/no-show" : "/cancel"),
                        key(), Map.of());
            }
            if (step instanceof Reschedule r) {
                return api.post("/appointments/" + appointments.get(0) + "/reschedule", key(), Map.of("start",
                        day.plusSeconds(86_400L * r.days()).toString()));
            }
            if (step instanceof Discount d) {
                return api.post("/appointments/" + appointments.get(d.target()) + "/discount", key(),
                        Map.of("ruleId", discountRule, "reason", "property test"));
            }
            if (step instanceof Complete c) {
                api.post("/appointments/" + appointments.get(c.target()) + "/check-in", key(), Map.of());
                return api.post("/appointments/" + appointments.get(c.target()) + "/complete", key(), Map.of());
            }
            if (step instanceof Reconcile r) {
                return payment(r.pick(), null, "CARD")
                        .map(id -> api.post("/payments/" + id + "/reconcile", key(), Map.of())).orElse(null);
            }
            throw new IllegalStateException("Unknown step " + step);
        }

        private Reply pay(Pay p) {
            Map<String, Object> body = new HashMap<>(Map.of("kind", p.kind(), "method", p.card() ? "CARD" : "CASH"));
            if (p.amount() != null) {
                body.put("amount", p.amount());
                if (!p.card()) {
                    body.put("tendered", p.amount() + p.extraTendered());
                }
            }
            Reply reply = api.post("/appointments/" + appointments.get(p.target()) + "/payments", key(), body);
            assertThat(reply.status()).as(p + " -> " + reply).isIn(201, 409);
            if (reply.status() == 409) {
                assertThat(reply.text("code")).as(p + " -> " + reply).isIn("NOTHING_DUE", "AMOUNT_EXCEEDS_DUE");
            }
            return reply;
        }

        private Reply intentEvent(String intent, String type) {
            String status = switch (type) {
                case "payment_intent.succeeded" -> "succeeded";
                case "payment_intent.processing" -> "processing";
                case "payment_intent.canceled" -> "canceled";
                default -> "requires_payment_method";
            };
            STRIPE.setIntentStatus(intent, status);
            return event(type, STRIPE.intent(intent));
        }

        private Reply event(String type, ObjectNode object) {
            ObjectNode event = JSON.createObjectNode();
            event.put("id", "evt_" + UUID.randomUUID());
            event.put("object", "event");
            event.put("type", type);
            event.put("api_version", Stripe.API_VERSION);
            event.put("created", TestRegimenApplication.CLOCK.instant().getEpochSecond());
            event.putObject("data").set("object", object);
            String payload = event.toString();
            lastEvent.set(payload);
            return deliver(payload);
        }

        private Reply deliver(String payload) {
            String signature = StripeSignatures.header(WEBHOOK_SECRET, payload,
                    TestRegimenApplication.CLOCK.instant().getEpochSecond());
            Reply reply = api.send("POST", "/webhooks/stripe", null, payload, Map.of("Stripe-Signature", signature));
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            return reply;
        }

        /** The {@code pick}-th (modulo) payment of this chain in a status and method, if any. */
        private java.util.Optional<String> payment(int pick, String status, String method) {
            List<String> ids = DB.jdbi().withHandle(h -> h.createQuery("SELECT id FROM payments WHERE tenant_id = :t "
                            + "AND appointment_id IN (<mine>) AND (:status IS NULL OR status = :status) "
                            + "AND (:method IS NULL OR method = :method) ORDER BY id").bind("t", tenant())
                    .bindList("mine", appointments).bind("status", status).bind("method", method)
                    .mapTo(String.class).list());
            return ids.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(ids.get(pick % ids.size()));
        }

        private java.util.Optional<String> stripeRefund(int pick) {
            List<String> ids = DB.jdbi().withHandle(h -> h.createQuery("SELECT stripe_refund_id FROM payment_refunds "
                            + "WHERE tenant_id = :t AND appointment_id IN (<mine>) AND status = 'SUCCEEDED' "
                            + "AND stripe_refund_id IS NOT NULL ORDER BY id")
                    .bind("t", tenant()).bindList("mine", appointments).mapTo(String.class).list());
            return ids.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(ids.get(pick % ids.size()));
        }

        private String intentOf(String paymentId) {
            return DB.jdbi().withHandle(h -> h.createQuery("SELECT stripe_payment_intent_id FROM payments "
                    + "WHERE tenant_id = :t AND id = :id").bind("t", tenant()).bind("id", paymentId)
                    .mapTo(String.class).findOne().orElse(null));
        }

        private String key() {
            return clinic.key();
        }

        private String tenant() {
            return clinic.tenant().tenantId();
        }

        /** The invariant, from the rows and from what the API shows. */
        void check(String when) {
            record Row(String id, String status, long price, long deposit, Long fee, long discount) {
            }
            record Money(String id, String appointmentId, String kind, String status, long amount, long refunded) {
            }
            record Back(String paymentId, long amount, String status) {
            }
            List<Row> rows = DB.jdbi().withHandle(h -> h.createQuery("SELECT a.id, a.status, a.price, a.deposit, "
                            + "a.cancellation_fee AS fee, COALESCE(d.amount, 0) AS discount FROM appointments a "
                            + "LEFT JOIN appointment_discounts d ON d.tenant_id = a.tenant_id AND d.appointment_id = a.id "
                            + "WHERE a.tenant_id = :t AND a.id IN (<mine>)").bind("t", tenant())
                    .bindList("mine", appointments)
                    .map((rs, ctx) -> new Row(rs.getString("id"), rs.getString("status"), rs.getLong("price"),
                            rs.getLong("deposit"), (Long) rs.getObject("fee", Long.class), rs.getLong("discount")))
                    .list());
            List<Money> payments = DB.jdbi().withHandle(h -> h.createQuery("SELECT id, appointment_id, kind, status, "
                            + "amount, refunded FROM payments WHERE tenant_id = :t AND appointment_id IN (<mine>)")
                    .bind("t", tenant()).bindList("mine", appointments)
                    .map((rs, ctx) -> new Money(rs.getString("id"), rs.getString("appointment_id"),
                            rs.getString("kind"), rs.getString("status"), rs.getLong("amount"), rs.getLong("refunded")))
                    .list());
            List<Back> refunds = DB.jdbi().withHandle(h -> h.createQuery("SELECT payment_id, amount, status "
                            + "FROM payment_refunds WHERE tenant_id = :t AND appointment_id IN (<mine>)")
                    .bind("t", tenant()).bindList("mine", appointments)
                    .map((rs, ctx) -> new Back(rs.getString("payment_id"), rs.getLong("amount"), rs.getString("status")))
                    .list());
            assertThat(rows).as(when).hasSize(TARGETS);
            for (Money p : payments) {
                long counted = refunds.stream().filter(r -> r.paymentId().equals(p.id())
                        && (r.status().equals("PENDING") || r.status().equals("SUCCEEDED"))).mapToLong(Back::amount).sum();
                long reserved = refunds.stream().filter(r -> r.paymentId().equals(p.id())
                        && (r.status().equals("PENDING") || r.status().equals("SUCCEEDED")
                        || r.status().equals("AWAITING_APPROVAL"))).mapToLong(Back::amount).sum();
                assertThat(p.refunded()).as(when + ": payment " + p + " refunded equals its refunds")
                        .isEqualTo(counted);
                assertThat(reserved).as(when + ": refunds of " + p + " within it").isBetween(0L, p.amount());
            }
            JsonNode single = api.get("/appointments/" + appointments.get(0) + "/payments", key()).json();
            JsonNode courseLedger = api.get("/courses/" + course + "/payments", key()).json();
            List<JsonNode> ledgers = new ArrayList<>(List.of(single));
            courseLedger.get("sessions").forEach(ledgers::add);
            for (Row a : rows) {
                List<Money> mine = payments.stream().filter(p -> p.appointmentId().equals(a.id())).toList();
                long held = mine.stream().filter(p -> List.of("SUCCEEDED", "PENDING", "PROCESSING").contains(p.status()))
                        .mapToLong(p -> p.amount() - p.refunded()).sum();
                long ceiling = a.price() - a.discount();
                String what = when + ": appointment " + a + " payments " + mine;
                assertThat(held).as(what + " holds between nothing and its discounted price").isBetween(0L, ceiling);
                long deposits = mine.stream().filter(p -> p.kind().equals("DEPOSIT") && !p.status().equals("FAILED")
                        && !p.status().equals("CANCELED")).mapToLong(p -> p.amount() - p.refunded()).sum();
                assertThat(deposits).as(what + " deposits within the deposit").isLessThanOrEqualTo(a.deposit());
                long fees = mine.stream().filter(p -> p.kind().equals("NO_SHOW_FEE") && !p.status().equals("FAILED")
                        && !p.status().equals("CANCELED")).mapToLong(p -> p.amount() - p.refunded()).sum();
                assertThat(fees).as(what + " the fee once").isLessThanOrEqualTo(a.fee() == null ? 0 : a.fee());
                long paid = mine.stream().filter(p -> p.status().equals("SUCCEEDED")).mapToLong(Money::amount).sum();
                long refunded = mine.stream().mapToLong(Money::refunded).sum();
                assertThat(paid - refunded).as(what + " paid less refunded").isGreaterThanOrEqualTo(0);
                boolean closed = a.status().equals("CANCELLED") || a.status().equals("NO_SHOW");
                long owed = closed ? Math.min(ceiling, a.fee() == null ? 0 : a.fee()) : ceiling;
                JsonNode ledger = ledgers.stream().filter(l -> l.get("appointmentId").asText().equals(a.id()))
                        .findFirst().orElseThrow();
                assertThat(ledger.get("paid").get("amount").asLong()).as(what + " ledger paid").isEqualTo(paid);
                assertThat(ledger.get("refunded").get("amount").asLong()).as(what + " ledger refunded")
                        .isEqualTo(refunded);
                assertThat(ledger.get("owed").get("amount").asLong()).as(what + " ledger owed").isEqualTo(owed);
                assertThat(ledger.get("due").get("total").get("amount").asLong()).as(what + " ledger due")
                        .isEqualTo(Math.max(0, owed - held));
            }
        }
    }
}
