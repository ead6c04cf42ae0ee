package com.regimen.web.database;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.regimen.core.booking.AppointmentDao;
import com.regimen.core.database.SchemaMigrator;
import com.regimen.core.database.TransactionRetry;
import com.regimen.core.testing.TestDatabase;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.testing.Api;
import com.regimen.web.testing.BookingLoad;
import com.regimen.web.testing.Clinics;
import com.regimen.web.testing.Clinics.Clinic;
import com.regimen.web.testing.FakeStripe;
import com.regimen.web.testing.GaleraCluster;
import com.regimen.web.testing.HalfWritten;
import com.regimen.web.testing.Reply;
import com.regimen.web.testing.StripeConnections;
import com.regimen.web.testing.StripeSignatures;
import com.regimen.web.testing.TestApps;
import com.regimen.web.testing.TestRegimenApplication;
import com.regimen.web.testing.Tenants;
import com.stripe.Stripe;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIf;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Regimen on a real three-node MariaDB Galera cluster (multi-primary: every node takes writes), with
 * two server nodes each on a different database node: server A on database node 1, server B on node 2
 * (each with the other nodes as failover hosts); node 3 is only read, to see what replicated. One
 * cluster for the whole class; the node kill comes last. Skipped, loudly, without the Galera packages.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@EnabledIf(value = "com.regimen.web.testing.GaleraCluster#packagesInstalled", disabledReason = GaleraCluster.MISSING)
class GaleraClusterIT {
    private static final String WEBHOOK_SECRET = "whsec_galera";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final FakeStripe STRIPE = new FakeStripe();
    private static GaleraCluster cluster;
    private static String database;
    private static DropwizardAppExtension<RegimenConfiguration> serverA;
    private static DropwizardAppExtension<RegimenConfiguration> serverB;
    private static final List<String> PREFIXES = List.of("dwgaleraa.", "dwgalerab.");

    /** The cluster, then both servers started at the same moment on a new, empty database. */
    @BeforeAll
    static void startClusterAndBothServersTogether() throws Exception {
        long started = System.nanoTime();
        cluster = GaleraCluster.start();
        System.out.printf("Galera cluster started in %d s%n", TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
        database = cluster.createDatabase("regimen_galera_" + ProcessHandle.current().pid());
        serverA = server(PREFIXES.get(0), cluster.failoverTo(1, database));
        serverB = server(PREFIXES.get(1), cluster.failoverTo(2, database));
        ExecutorService both = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Object>> starts = new ArrayList<>();
            for (DropwizardAppExtension<RegimenConfiguration> server : List.of(serverA, serverB)) {
                starts.add(both.submit(() -> {
                    go.await();
                    server.before();
                    return null;
                }));
            }
            go.countDown();
            for (Future<Object> start : starts) {
                start.get();
            }
        } finally {
            both.shutdown();
        }
    }

    /**
     * Each server's settings, also set here before either starts: two servers reading the system
     * properties while the other adds its own would race on them.
     */
    private static DropwizardAppExtension<RegimenConfiguration> server(String prefix, TestDatabase db) {
        ConfigOverride[] stripe = {ConfigOverride.config(prefix, "stripe.secretKey", "sk_test_fake"),
                ConfigOverride.config(prefix, "stripe.webhookSecret", WEBHOOK_SECRET),
                ConfigOverride.config(prefix, "stripe.apiBase", STRIPE.baseUrl())};
        for (ConfigOverride override : stripe) {
            override.addToSystemProperties();
        }
        for (String[] setting : new String[][] {{"database.url", db.url()}, {"database.user", db.user()},
                {"database.password", db.password()}}) {
            ConfigOverride.config(prefix, setting[0], setting[1]).addToSystemProperties();
        }
        return TestApps.app(db, prefix, stripe);
    }

    @AfterAll
    static void stopEverything() {
        try {
            for (DropwizardAppExtension<RegimenConfiguration> server : new ArrayList<>(java.util.Arrays.asList(serverA,
                    serverB))) {
                if (server != null) {
                    server.after();
                }
            }
        } finally {
            System.getProperties().keySet().removeIf(key -> PREFIXES.stream().anyMatch(p -> key.toString().startsWith(p)));
            STRIPE.close();
            if (cluster != null) {
                cluster.close();
            }
        }
    }

    private static Api a() {
        return TestApps.api(serverA);
    }

    private static Api b() {
        return TestApps.api(serverB);
    }

    private static Api server(int i) {
        return i % 2 == 0 ? a() : b();
    }

    /** What database node 3, which neither server writes to, holds. */
    private static TestDatabase nodeThree() {
        return cluster.node(3, database);
    }

    @Test
    @Order(1)
    void theChangelogWasAppliedOnceWhenBothServersStartedTogether() {
        for (int node = 1; node <= 3; node++) {
            TestDatabase db = cluster.node(node, database);
            assertThat(SchemaMigrator.pendingChangeSets(db.dataSource())).as("pending on node " + node).isEmpty();
            assertThat(db.count("SELECT COUNT(*) FROM (SELECT id, author, filename FROM DATABASECHANGELOG "
                    + "GROUP BY id, author, filename HAVING COUNT(*) > 1) twice")).as("changesets applied twice").isZero();
            assertThat(db.count("SELECT COUNT(*) FROM DATABASECHANGELOGLOCK WHERE LOCKED")).as("lock left held").isZero();
        }
        assertThat(a().get("/openapi.json", null).status()).isEqualTo(200);
        assertThat(b().get("/openapi.json", null).status()).isEqualTo(200);
    }

    /**
     * The finding and its fix, at the level of the DAO: a locking read on node 1 does not stop
     * the same locking read on node 2 (both commit), but the lock as a write does (the second gets 1213
     * at commit, which the transaction retry runs again).
     */
    @Test
    @Order(2)
    void aPractitionerLockOnOneNodeConflictsWithTheSameLockOnAnotherOnlyAsAWrite() {
        Clinic c = Clinics.open(a(), "Asia/Riyadh", 500);
        String tenant = c.tenant().tenantId();
        List<String> practitioner = List.of(c.physician());
        Jdbi one = Jdbi.create(cluster.node(1, database).dataSource()).installPlugin(new SqlObjectPlugin());
        Jdbi two = Jdbi.create(cluster.node(2, database).dataSource()).installPlugin(new SqlObjectPlugin());
        try (Handle h1 = one.open(); Handle h2 = two.open()) {
            h1.begin();
            h2.begin();
            assertThat(h1.attach(AppointmentDao.class).readLockPractitioners(tenant, practitioner)).hasSize(1);
            assertThat(h2.attach(AppointmentDao.class).readLockPractitioners(tenant, practitioner)).hasSize(1);
            h1.commit();
            h2.commit(); // a locking read alone: both "held" the practitioner at once

            h1.begin();
            h2.begin();
            assertThat(h1.attach(AppointmentDao.class).lockPractitioners(tenant, practitioner)).hasSize(1);
            assertThat(h2.attach(AppointmentDao.class).lockPractitioners(tenant, practitioner)).hasSize(1);
            h1.commit();
            assertThatThrownBy(h2::commit).matches(TransactionRetry::isLockConflict, "deadlock 1213 at commit");
        }
    }

    @Test
    @Order(3)
    void twentyFourBookingsRacingForOneSlotOnTwoDatabaseNodesYieldExactlyOne() throws Exception {
        Clinic c = Clinics.open(a(), "Asia/Riyadh", 500);
        List<String> patients = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            patients.add(Clinics.patient(server(i), c, Map.of()));
        }
        List<Callable<Reply>> bookings = new ArrayList<>();
        for (int i = 0; i < patients.size(); i++) {
            Api api = server(i);
            String patient = patients.get(i);
            bookings.add(() -> Clinics.book(api, c, patient, "prp", "2027-03-07T07:00:00Z",
                    Map.of("practitionerId", c.physician())));
        }
        List<Reply> replies = race(bookings);
        assertThat(replies).allMatch(r -> r.status() == 201 || r.status() == 409 && "SLOT_TAKEN".equals(r.text("code")),
                "each booked or was told the slot is taken");
        assertThat(replies.stream().filter(r -> r.status() == 201)).hasSize(1);
        assertThat(nodeThree().count("SELECT COUNT(*) FROM appointments WHERE tenant_id = ?", c.tenant().tenantId()))
                .isEqualTo(1);
        assertThat(HalfWritten.bookings(nodeThree(), c.tenant().tenantId(), List.of())).isEmpty();
    }

    @Test
    @Order(4)
    void racingReservationsOnAScarceLotFromTwoDatabaseNodesNeverOverReserve() throws Exception {
        Clinic c = Clinics.open(a(), "Asia/Riyadh", 3); // three exosome vials; each session uses one
        List<Callable<Reply>> bookings = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Api api = server(i);
            String patient = Clinics.patient(api, c, Map.of());
            // Different hours and practitioners: only the stock is contended.
            String at = "2027-01-1" + (i % 2 == 0 ? "0" : "1") + "T" + String.format("%02d", 6 + i / 2) + ":00:00Z";
            String practitioner = i % 2 == 0 ? c.physician() : c.nurse();
            bookings.add(() -> Clinics.book(api, c, patient, "exosome", at, Map.of("practitionerId", practitioner)));
        }
        List<Reply> replies = race(bookings);
        assertThat(replies).allMatch(r -> r.status() == 201 || "OUT_OF_STOCK".equals(r.text("code")),
                "each booked or was told the stock is out");
        assertThat(replies.stream().filter(r -> r.status() == 201)).hasSize(3);
        String tenant = c.tenant().tenantId();
        assertThat(nodeThree().count("SELECT reserved FROM stock_lots l JOIN inventory_items i ON i.tenant_id = "
                + "l.tenant_id AND i.id = l.item_id WHERE l.tenant_id = ? AND i.sku = 'exosome-vial'", tenant)).isEqualTo(3);
        assertThat(nodeThree().count("SELECT COUNT(*) FROM stock_lots WHERE tenant_id = ? AND reserved > on_hand", tenant))
                .isZero();
    }

    @Test
    @Order(5)
    void aStripeEventDeliveredToBothServersIsAppliedOnce() throws Exception {
        Clinic c = Clinics.open(a(), "Asia/Riyadh", 500);
        StripeConnections.connect(a(), STRIPE, WEBHOOK_SECRET, c.key(), "acct_1Galera");
        String patient = Clinics.patient(a(), c, Map.of());
        String appointment = Clinics.book(a(), c, patient, "prp", "2027-03-08T07:00:00Z", Map.of()).text("id");
        Reply deposit = b().post("/appointments/" + appointment + "/payments", c.key(),
                Map.of("kind", "DEPOSIT", "method", "CARD"));
        assertThat(deposit.status()).as(deposit.toString()).isEqualTo(201);
        ObjectNode intent = STRIPE.intent(deposit.text("stripePaymentIntentId"));
        intent.put("status", "succeeded");
        String payload = event("evt_" + UUID.randomUUID(), intent);
        String signature = StripeSignatures.header(WEBHOOK_SECRET, payload,
                TestRegimenApplication.CLOCK.instant().getEpochSecond());
        List<Callable<Reply>> deliveries = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Api api = server(i);
            deliveries.add(() -> api.send("POST", "/webhooks/stripe", null, payload, Map.of("Stripe-Signature", signature)));
        }
        List<Reply> replies = race(deliveries);
        assertThat(replies).allMatch(r -> r.status() == 200);
        assertThat(replies.stream().filter(r -> "APPLIED".equals(r.text("outcome")))).hasSize(1);
        assertThat(replies.stream().filter(r -> "DUPLICATE".equals(r.text("outcome")))).hasSize(7);
        assertThat(nodeThree().count("SELECT COUNT(*) FROM stripe_events WHERE tenant_id = ? AND type LIKE "
                + "'payment_intent.%'", c.tenant().tenantId())).isEqualTo(1);
        assertThat(nodeThree().count("SELECT COUNT(*) FROM payments WHERE tenant_id = ? AND status = 'SUCCEEDED'",
                c.tenant().tenantId())).isEqualTo(1);
    }

    @Test
    @Order(6)
    void anIdempotencyKeyReplayedAcrossTheServersGetsOneResult() throws Exception {
        Tenants.Tenant tenant = Tenants.signUp(a(), "Glow");
        Map<String, Object> body = Map.of("name", "Huda", "locale", "ar");
        Reply first = a().post("/patients", tenant.apiKey(), body, Map.of("Idempotency-Key", "galera-1"));
        Reply replay = b().post("/patients", tenant.apiKey(), body, Map.of("Idempotency-Key", "galera-1"));
        assertThat(first.status()).isEqualTo(201);
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.text("id")).isEqualTo(first.text("id"));

        List<Callable<Reply>> racing = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            Api api = server(i);
            racing.add(() -> api.post("/patients", tenant.apiKey(), Map.of("name", "Reem"),
                    Map.of("Idempotency-Key", "galera-2")));
        }
        List<Reply> replies = race(racing);
        assertThat(replies).allMatch(r -> r.status() == 201
                || r.status() == 409 && "IDEMPOTENCY_KEY_IN_USE".equals(r.text("code")));
        assertThat(replies.stream().filter(r -> r.status() == 201).map(r -> r.text("id")).distinct()).hasSize(1);
        assertThat(nodeThree().count("SELECT COUNT(*) FROM patients WHERE tenant_id = ?", tenant.tenantId()))
                .as("Huda once, Reem once").isEqualTo(2);
    }

    /**
     * Tax invoice numbers are gapless and unique per location even when two servers on two database
     * nodes issue them at the same moment: the series' counter row is written by every issuer, so
     * certification lets one of two racing issuers through and the other runs again on the new count.
     */
    @Test
    @Order(7)
    void invoicesIssuedAtOnceThroughTwoDatabaseNodesAreNumberedOneToTenOnce() throws Exception {
        Clinic c = Clinics.open(a(), "Asia/Riyadh", 500);
        assertThat(b().put("/locations/" + c.location() + "/tax-settings", c.key(), Map.of(
                "sellerNameAr", "عيادات الوهج", "sellerNameEn", "Glow Clinics", "vatNumber", "310122393500003"))
                .status()).isEqualTo(200);
        List<String> appointments = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String patient = Clinics.patient(server(i), c, Map.of());
            Reply booked = Clinics.book(server(i), c, patient, "prp", "2027-04-%02dT07:00:00Z".formatted(i + 1), Map.of());
            assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
            appointments.add(booked.text("id"));
        }
        List<Callable<Reply>> payments = new ArrayList<>();
        for (int i = 0; i < appointments.size(); i++) {
            Api api = server(i);
            String appointment = appointments.get(i);
            payments.add(() -> api.post("/appointments/" + appointment + "/payments", c.key(),
                    Map.of("kind", "BALANCE", "method", "CASH")));
        }
        assertThat(race(payments)).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(201));
        List<Long> numbers = nodeThree().jdbi().withHandle(h -> h.createQuery(
                        "SELECT number FROM tax_documents WHERE tenant_id = :tenant AND location_id = :location "
                                + "AND series = 'INV' ORDER BY number")
                .bind("tenant", c.tenant().tenantId()).bind("location", c.location()).mapTo(Long.class).list());
        assertThat(numbers).as("on node 3").containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
    }

    /** PRP's consumables by the tens of thousands, expiring long after any day the load reaches. */
    private static void deepStock(Api api, Clinic clinic) {
        for (String sku : List.of("prp-kit", "needle-blood-draw", "needle-30g")) {
            assertThat(api.post("/inventory/receipts", clinic.key(), Map.of("locationId", clinic.location(), "sku", sku,
                    "lotNumber", "DEEP-" + sku, "expiresOn", "2060-01-01", "quantity", 50_000)).status())
                    .isEqualTo(201);
        }
    }

    /**
     * Both servers book and take cash deposits as fast as they can; database node 1 (server A's) is
     * killed with kill -9, server A's requests move to the other nodes, and the node is started again.
     * Every booking and payment either server confirmed is then on every node, node 1 included, and
     * nothing is half-written: each booking holds its stock, the lots' counts match the holds, no
     * appointment is paid beyond its price.
     */
    @Test
    @Order(8)
    void nothingConfirmedIsLostWhenADatabaseNodeIsKilledUnderLoad() throws Exception {
        Clinic clinicA = Clinics.open(a(), "Asia/Riyadh", 500);
        Clinic clinicB = Clinics.open(b(), "Asia/Riyadh", 500);
        // The load books a day after another for as long as the kill and the rejoin take: on a quiet
        // machine that ran through the clinic's 500 of each consumable before the rejoin (every later
        // booking OUT_OF_STOCK, so "books again after the rejoin" failed), and it could reach the lots'
        // expiry too. Deep lots that outlast any run keep the test about the cluster.
        deepStock(a(), clinicA);
        deepStock(b(), clinicB);
        String patientA = Clinics.patient(a(), clinicA, Map.of());
        String patientB = Clinics.patient(b(), clinicB, Map.of());
        long loadStarted = System.nanoTime();
        BookingLoad loadA = new BookingLoad(a(), clinicA, patientA, 3, (api, id) -> api.post(
                "/appointments/" + id + "/payments", clinicA.key(), Map.of("kind", "DEPOSIT", "method", "CASH")));
        BookingLoad loadB = new BookingLoad(b(), clinicB, patientB, 3, (api, id) -> api.post(
                "/appointments/" + id + "/payments", clinicB.key(), Map.of("kind", "DEPOSIT", "method", "CASH")));
        try {
            BookingLoad.await(() -> loadA.bookedCount() >= 10 && loadB.bookedCount() >= 10
                    && !loadA.followedUp().isEmpty() && !loadB.followedUp().isEmpty());
            int bookedBeforeKillA = loadA.bookedCount();
            int bookedBeforeKillB = loadB.bookedCount();
            long killAsked = System.nanoTime();
            report(killAsked, "before the kill: %d bookings in %d ms by 6 clients through 2 servers on 2 database nodes",
                    bookedBeforeKillA + bookedBeforeKillB, TimeUnit.NANOSECONDS.toMillis(killAsked - loadStarted));
            cluster.kill(1);
            // The script returns once the process is gone: from here on, times count from the kill.
            long killedAt = System.nanoTime();
            report(killedAt, "node 1 killed (the script took %d ms)", TimeUnit.NANOSECONDS.toMillis(killedAt - killAsked));
            // Counted from requests sent after the kill returned: the script takes seconds, and a fast
            // booking path books ten times over on the dying node meanwhile (a CI run saw the wait end at
            // once, with none of server A's bookings sent after the kill answered yet).
            BookingLoad.await(() -> confirmedSince(loadA, killedAt) >= 10 && confirmedSince(loadB, killedAt) >= 10,
                    () -> stall(killedAt, loadA, loadB));
            BookingLoad.Attempt firstAfterKill = loadA.attempts().stream().filter(t -> confirmedBooking(t, killedAt))
                    .min(java.util.Comparator.comparingLong(BookingLoad.Attempt::sentNanos)).orElseThrow();
            report(killedAt, "server A's first booking sent after the kill and confirmed: sent %+.3f s, answered %+.3f s; "
                    + "longest wait of a request answered after the kill: %d ms", (firstAfterKill.sentNanos() - killedAt) / 1e9,
                    (firstAfterKill.answeredNanos() - killedAt) / 1e9, loadA.attempts().stream()
                            .filter(t -> t.answeredNanos() > killedAt).mapToLong(t -> t.answeredNanos() - t.sentNanos())
                            .max().orElse(0) / 1_000_000);
            long restartAsked = System.nanoTime();
            report(killedAt, "restarting node 1");
            cluster.restart(1);
            long rejoinedAt = System.nanoTime();
            report(killedAt, "node 1 rejoined and Synced %d ms after its restart was asked",
                    TimeUnit.NANOSECONDS.toMillis(rejoinedAt - restartAsked));
            // Both servers book on after the rejoin, while node 1 is new to the cluster again: server A's
            // moved connections stay where they are (JdbcUrls), its new ones try node 1 first.
            int bookedAfterRestartA = loadA.bookedCount();
            int bookedAfterRestartB = loadB.bookedCount();
            BookingLoad.await(() -> loadA.bookedCount() >= bookedAfterRestartA + 5
                    && loadB.bookedCount() >= bookedAfterRestartB + 5, () -> stall(killedAt, loadA, loadB));
            report(killedAt, "after the rejoin server A booked %d and server B %d more; A's answers since the kill: %s; "
                    + "A's requests from 5 s before the kill that were not a 201:%n%s",
                    loadA.bookedCount() - bookedAfterRestartA, loadB.bookedCount() - bookedAfterRestartB,
                    outcomes(loadA, killedAt), loadA.timeline(killedAt - TimeUnit.SECONDS.toNanos(5), killedAt,
                            t -> t.reply() == null || t.reply().status() != 201));
        } finally {
            loadA.stop();
            loadB.stop();
        }
        for (BookingLoad load : List.of(loadA, loadB)) {
            assertThat(load.attempts()).as("every request answered (no dropped connections)")
                    .allMatch(t -> t.reply() != null);
            assertThat(load.attempts()).as("no answer but a booking, a refusal or a 503 to retry")
                    .allMatch(t -> t.reply().status() < 500 || t.reply().status() == 503);
        }
        for (int node = 1; node <= 3; node++) {
            TestDatabase db = cluster.node(node, database);
            assertThat(HalfWritten.bookings(db, clinicA.tenant().tenantId(), loadA.booked())).as("node " + node).isEmpty();
            assertThat(HalfWritten.bookings(db, clinicB.tenant().tenantId(), loadB.booked())).as("node " + node).isEmpty();
            assertThat(HalfWritten.payments(db, clinicA.tenant().tenantId(), loadA.followedUp())).as("node " + node)
                    .isEmpty();
            assertThat(HalfWritten.payments(db, clinicB.tenant().tenantId(), loadB.followedUp())).as("node " + node)
                    .isEmpty();
        }
        Reply again = Clinics.book(a(), clinicA, patientA, "prp", "2027-02-22T07:00:00Z", Map.of());
        assertThat(again.status()).as(again.toString()).isEqualTo(201);
    }

    /** A booking sent from {@code fromNanos} on that the server confirmed (201). */
    private static boolean confirmedBooking(BookingLoad.Attempt attempt, long fromNanos) {
        return attempt.sentNanos() > fromNanos && attempt.reply() != null && attempt.reply().status() == 201
                && attempt.what().startsWith("booking");
    }

    private static long confirmedSince(BookingLoad load, long fromNanos) {
        return load.attempts().stream().filter(t -> confirmedBooking(t, fromNanos)).count();
    }

    /** One line of the kill test's account, with the wall clock and the seconds since the kill. */
    private static void report(long killedAt, String format, Object... arguments) {
        System.out.printf("%s %+8.3f s  %s%n", Instant.now(), (System.nanoTime() - killedAt) / 1e9,
                String.format(format, arguments));
    }

    /** How many of each answer (status and code) a load got from {@code fromNanos} on. */
    private static Map<String, Long> outcomes(BookingLoad load, long fromNanos) {
        return load.attempts().stream().filter(a -> a.sentNanos() >= fromNanos)
                .collect(Collectors.groupingBy(a -> a.reply() == null ? "no answer"
                        : a.reply().status() + (a.reply().status() >= 400 ? " " + a.reply().text("code") : ""),
                        TreeMap::new, Collectors.counting()));
    }

    /**
     * Why the servers stopped booking, as far as the test can see: every request since the kill with
     * its time, the nodes' states, node 1's log, and where each server thread that was in the
     * database driver or in Regimen's code stood.
     */
    private static String stall(long killedAt, BookingLoad loadA, BookingLoad loadB) {
        StringBuilder why = new StringBuilder("at ").append(Instant.now()).append(", nodes:\n");
        try {
            why.append(cluster.status());
        } catch (RuntimeException e) {
            why.append(e.getMessage()).append('\n');
        }
        why.append("server A's requests since the kill (seconds since it):\n").append(loadA.timeline(killedAt, killedAt))
                .append("server B's:\n").append(loadB.timeline(killedAt, killedAt))
                .append("node 1's log:\n").append(cluster.logTail(1, 60)).append('\n');
        for (int node = 1; node <= 3; node++) {
            why.append("node ").append(node).append(" at ").append(Instant.now()).append(":\n").append(cluster.activity(node));
        }
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            String frames = Arrays.stream(stack).map(StackTraceElement::toString).collect(Collectors.joining("\n    "));
            if (frames.contains("com.mysql") || frames.contains("com.regimen.core") || frames.contains("tomcat.jdbc")) {
                why.append("thread ").append(thread.getName()).append(' ').append(thread.getState()).append(":\n    ")
                        .append(frames).append('\n');
            }
        });
        return why.toString();
    }

    private static String event(String id, ObjectNode object) {
        ObjectNode event = JSON.createObjectNode();
        event.put("id", id);
        event.put("object", "event");
        event.put("type", "payment_intent.succeeded");
        event.put("account", "acct_1Galera");
        event.put("api_version", Stripe.API_VERSION);
        event.put("created", TestRegimenApplication.CLOCK.instant().getEpochSecond());
        event.putObject("data").set("object", object);
        return event.toString();
    }

    private static List<Reply> race(List<Callable<Reply>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Reply>> futures = new ArrayList<>();
            for (Callable<Reply> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Reply> replies = new ArrayList<>();
            for (Future<Reply> future : futures) {
                replies.add(future.get());
            }
            return replies;
        } finally {
            pool.shutdown();
        }
    }
}
