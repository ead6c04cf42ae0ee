package com.regimen.web.resources;

import com.regimen.core.testing.TestDatabase;
import com.regimen.core.testing.TestDatabases;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.testing.Api;
import com.regimen.web.testing.Clinics;
import com.regimen.web.testing.Clinics.Clinic;
import com.regimen.web.testing.HalfWritten;
import com.regimen.web.testing.Reply;
import com.regimen.web.testing.TestApps;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deadlocks under load (issue #23): booking, cash deposits, cancelling and rescheduling racing on
 * the same practitioners, room and lots, whose first-expiry order is the reverse of their id order;
 * and two clinic chains receiving deliveries at the same moment. Every answer is one the operation
 * may give, none is a 5xx, MariaDB reports no deadlock at all (the lock order holds, not only the
 * retry), and the stock and payments add up afterwards.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class LockOrderIT {
    private static final TestDatabase DB = TestDatabases.create();
    private static final DropwizardAppExtension<RegimenConfiguration> APP = TestApps.app(DB);
    private static final List<String> PRP_SKUS = List.of("prp-kit", "needle-blood-draw", "needle-30g");
    private static final Instant FIRST_DAY = Instant.parse("2027-04-01T06:00:00Z");
    private static final int CLIENTS = 6;
    private static final int OPERATIONS_PER_CLIENT = 40;
    private static final int SEEDED = 18;

    private Api api() {
        return TestApps.api(APP);
    }

    private record Answer(String operation, int status, String code) {
        String outcome() {
            return operation + " " + status + (code == null ? "" : " " + code);
        }
    }

    /** Four slots a day (09:00, 11:00, 13:00, 15:00 Riyadh), never the same one twice. */
    private static String slot(int n) {
        return FIRST_DAY.plusSeconds(86_400L * (n / 4) + 7_200L * (n % 4)).toString();
    }

    private static long innodbDeadlocks() {
        return DB.count("SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS "
                + "WHERE VARIABLE_NAME = 'INNODB_DEADLOCKS'");
    }

    /** InnoDB's own account of the last deadlock (which statements, which locks), for a failure's message. */
    private static String latestDeadlock() {
        return DB.jdbi().withHandle(h -> h.createQuery("SHOW ENGINE INNODB STATUS").mapToMap().one().get("status")
                .toString().replaceAll("(?s).*LATEST DETECTED DEADLOCK", "LATEST DETECTED DEADLOCK")
                .replaceAll("(?s)\\n-+\\nTRANSACTIONS\\n.*", ""));
    }

    @Test
    void mixedBookingDepositCancelAndRescheduleLoadNeverDeadlocksNorAnswers5xx() throws Exception {
        Clinic clinic = Clinics.open(api(), "Asia/Riyadh", 500);
        // Small lots received later that expire sooner: first-expiry-first-out order is the reverse
        // of id order, which is how reserving and releasing used to lock in opposite orders.
        for (String sku : PRP_SKUS) {
            for (int i = 0; i < 8; i++) {
                assertThat(api().post("/inventory/receipts", clinic.key(), Map.of("locationId", clinic.location(),
                        "sku", sku, "lotNumber", "SOON-" + i, "expiresOn", "2029-12-" + (20 - i), "quantity", 3))
                        .status()).isEqualTo(201);
            }
        }
        String patient = Clinics.patient(api(), clinic, Map.of());
        AtomicInteger slots = new AtomicInteger();
        List<String> appointments = new CopyOnWriteArrayList<>();
        for (int i = 0; i < SEEDED; i++) {
            Reply booked = Clinics.book(api(), clinic, patient, "prp", slot(slots.getAndIncrement()), Map.of());
            assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
            appointments.add(booked.text("id"));
        }

        ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> paid = new ConcurrentLinkedQueue<>();
        CyclicBarrier start = new CyclicBarrier(CLIENTS);
        long deadlocksBefore = innodbDeadlocks();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<Object>> done = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            Random random = new Random(2300 + c);
            done.add(clients.submit(() -> {
                start.await(60, TimeUnit.SECONDS);
                for (int i = 0; i < OPERATIONS_PER_CLIENT; i++) {
                    String target = appointments.get(random.nextInt(appointments.size()));
                    Reply reply;
                    String operation;
                    switch (random.nextInt(4)) {
                        case 0 -> {
                            operation = "book";
                            reply = Clinics.book(api(), clinic, patient, "prp", slot(slots.getAndIncrement()),
                                    Map.of());
                            if (reply.status() == 201) {
                                appointments.add(reply.text("id"));
                            }
                        }
                        case 1 -> {
                            operation = "deposit";
                            reply = api().post("/appointments/" + target + "/payments", clinic.key(),
                                    Map.of("kind", "DEPOSIT", "method", "CASH"));
                            if (reply.status() == 201) {
                                paid.add(reply.text("id"));
                            }
                        }
                        case 2 -> {
                            operation = "cancel";
                            reply = api().post("/appointments/" + target + "/cancel", clinic.key(),
                                    Map.of("reason", "load"));
                        }
                        default -> {
                            operation = "reschedule";
                            reply = api().post("/appointments/" + target + "/reschedule", clinic.key(),
                                    Map.of("start", slot(slots.getAndIncrement())));
                        }
                    }
                    answers.add(new Answer(operation, reply.status(),
                            reply.status() >= 400 ? reply.text("code") : null));
                }
                return null;
            }));
        }
        for (Future<Object> client : done) {
            client.get(10, TimeUnit.MINUTES);
        }
        clients.shutdown();
        long deadlocks = innodbDeadlocks() - deadlocksBefore;

        Map<String, Integer> outcomes = new TreeMap<>();
        answers.forEach(a -> outcomes.merge(a.outcome(), 1, Integer::sum));
        assertThat(answers).hasSize(CLIENTS * OPERATIONS_PER_CLIENT);
        assertThat(answers).as(outcomes.toString()).allSatisfy(a -> assertThat(a.status()).isLessThan(500));
        Set<String> expected = Set.of("book 201", "book 409 OUT_OF_STOCK",
                "deposit 201", "deposit 409 NOTHING_DUE",
                "cancel 200", "cancel 409 INVALID_TRANSITION",
                "reschedule 200", "reschedule 409 INVALID_TRANSITION");
        assertThat(expected).as("every answer is one the operation may give").containsAll(outcomes.keySet());
        assertThat(outcomes.keySet()).as(outcomes.toString()).contains("book 201", "deposit 201", "cancel 200",
                "reschedule 200");
        assertThat(deadlocks).as(() -> "deadlocks MariaDB detected during the load; " + outcomes + "\n"
                + latestDeadlock()).isZero();

        String tenant = clinic.tenant().tenantId();
        long bookedOk = answers.stream().filter(a -> a.outcome().equals("book 201")).count();
        long cancelledOk = answers.stream().filter(a -> a.outcome().equals("cancel 200")).count();
        assertThat(DB.count("SELECT COUNT(*) FROM appointments WHERE tenant_id = ?", tenant))
                .isEqualTo(SEEDED + bookedOk);
        assertThat(DB.count("SELECT COUNT(*) FROM appointments WHERE tenant_id = ? AND status = 'CANCELLED'", tenant))
                .isEqualTo(cancelledOk);
        // A booked appointment holds 4 units (1 kit, 1 blood-draw needle, 2 fine needles); a cancelled one none.
        assertThat(DB.count("SELECT COUNT(*) FROM appointments a WHERE tenant_id = ? AND (SELECT COALESCE(SUM("
                + "quantity), 0) FROM stock_reservations r WHERE r.tenant_id = a.tenant_id AND r.appointment_id = a.id "
                + "AND r.state = 'RESERVED') <> CASE a.status WHEN 'BOOKED' THEN 4 ELSE 0 END", tenant)).isZero();
        assertThat(DB.count("SELECT COUNT(*) FROM stock_lots l WHERE tenant_id = ? AND reserved <> (SELECT COALESCE("
                + "SUM(quantity), 0) FROM stock_reservations r WHERE r.tenant_id = l.tenant_id AND r.lot_id = l.id "
                + "AND r.state = 'RESERVED')", tenant)).isZero();
        assertThat(api().get("/inventory/ledger-check", clinic.key()).json().get("consistent").asBoolean()).isTrue();
        assertThat(HalfWritten.payments(DB, tenant, List.copyOf(paid))).isEmpty();
    }

    @Test
    void twoClinicChainsReceivingDeliveriesAtTheSameMomentBothGet201() throws Exception {
        List<Clinic> chains = List.of(Clinics.open(api(), "Asia/Riyadh", 10), Clinics.open(api(), "Asia/Dubai", 10));
        int perChain = 4;
        int receiptsEach = 12;
        CyclicBarrier start = new CyclicBarrier(perChain * chains.size());
        ConcurrentLinkedQueue<Reply> replies = new ConcurrentLinkedQueue<>();
        long deadlocksBefore = innodbDeadlocks();
        ExecutorService clients = Executors.newFixedThreadPool(perChain * chains.size());
        List<Callable<Object>> work = new ArrayList<>();
        for (Clinic chain : chains) {
            for (int c = 0; c < perChain; c++) {
                int client = c;
                work.add(() -> {
                    start.await(60, TimeUnit.SECONDS);
                    for (int i = 0; i < receiptsEach; i++) {
                        // A new lot each time, and every client also adds to one shared new lot.
                        String lotNumber = i % 3 == 0 ? "SHARED" : "NEW-" + client + "-" + i;
                        replies.add(api().post("/inventory/receipts", chain.key(), Map.of("locationId",
                                chain.location(), "sku", "exosome-vial", "lotNumber", lotNumber,
                                "expiresOn", "2031-06-30", "quantity", 5)));
                    }
                    return null;
                });
            }
        }
        for (Future<Object> client : clients.invokeAll(work, 10, TimeUnit.MINUTES)) {
            client.get();
        }
        clients.shutdown();
        long deadlocks = innodbDeadlocks() - deadlocksBefore;

        Map<String, Integer> outcomes = new TreeMap<>();
        replies.forEach(r -> outcomes.merge(r.status() + (r.status() >= 400 ? " " + r.text("code") : ""), 1,
                Integer::sum));
        assertThat(replies).hasSize(chains.size() * perChain * receiptsEach);
        assertThat(outcomes).as("every receipt is stored").isEqualTo(Map.of("201", replies.size()));
        assertThat(deadlocks).as(() -> "deadlocks MariaDB detected\n" + latestDeadlock()).isZero();
        int sharedPerClient = (receiptsEach + 2) / 3;
        for (Clinic chain : chains) {
            String tenant = chain.tenant().tenantId();
            assertThat(DB.count("SELECT COUNT(*) FROM stock_lots WHERE tenant_id = ? AND lot_number LIKE 'NEW-%'",
                    tenant)).isEqualTo((long) perChain * (receiptsEach - sharedPerClient));
            assertThat(DB.count("SELECT on_hand FROM stock_lots WHERE tenant_id = ? AND lot_number = 'SHARED'", tenant))
                    .isEqualTo(5L * perChain * sharedPerClient);
            assertThat(DB.count("SELECT COALESCE(SUM(delta), 0) FROM stock_movements WHERE tenant_id = ? "
                    + "AND kind = 'RECEIPT' AND lot_id IN (SELECT id FROM stock_lots WHERE tenant_id = ? "
                    + "AND (lot_number = 'SHARED' OR lot_number LIKE 'NEW-%'))", tenant, tenant))
                    .isEqualTo(5L * perChain * receiptsEach);
            assertThat(api().get("/inventory/ledger-check", chain.key()).json().get("consistent").asBoolean())
                    .isTrue();
        }
    }
}
