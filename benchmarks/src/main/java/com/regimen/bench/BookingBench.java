package com.regimen.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Booking throughput at several client counts, in two shapes: spread (every attempt asks for a
 * different free slot, so clients only meet on the shared stock lots) and contended (all clients
 * race for one slot at a time, one wins and the rest are refused). Each shape runs over HTTP
 * against the server and, in the same run, as the bare JDBC transaction: the baseline.
 */
public final class BookingBench {
    public enum Shape { SPREAD, CONTENDED }

    public enum Path { HTTP, JDBC }

    public record Row(Shape shape, Path path, LoadRun.Result result, DatabaseCounters database) {
        /** Statements the database ran per attempt (the reading connection's own SHOW STATUS included). */
        public double statementsPerAttempt() {
            return (double) database.statements() / Math.max(1, result.done() + result.refused() + result.errors());
        }

        public double commitsPerAttempt() {
            return (double) database.commits() / Math.max(1, result.done() + result.refused() + result.errors());
        }

        public double fsyncsPerAttempt() {
            return (double) database.fsyncs() / Math.max(1, result.done() + result.refused() + result.errors());
        }
    }

    private final BenchClinic clinic;
    private final RegimenHttp api;
    private final JdbcBooking baseline;
    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final LocalDate spreadFrom;
    private final LocalDate contendedFrom;
    private final AtomicLong spreadNext = new AtomicLong();
    private long contendedNext;

    public BookingBench(BenchClinic clinic, RegimenHttp api, JdbcBooking baseline, String jdbcUrl, String user,
                        String password, LocalDate firstDay) {
        this.clinic = clinic;
        this.api = api;
        this.baseline = baseline;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.spreadFrom = firstDay;
        // Far enough on that the spread runs never reach it.
        this.contendedFrom = firstDay.plusDays(2_000);
    }

    public Row run(Shape shape, Path path, int clients, Duration duration, Connection observer) throws Exception {
        List<Connection> connections = new ArrayList<>();
        if (path == Path.JDBC) {
            for (int i = 0; i < clients; i++) {
                connections.add(DriverManager.getConnection(jdbcUrl, user, password));
            }
        }
        AtomicLong attempts = new AtomicLong();
        long contendedBase = contendedNext;
        DatabaseCounters before = DatabaseCounters.read(observer);
        try {
            LoadRun.Result result = LoadRun.run(clients, duration, (client, sequence) -> {
                SlotPlan.Slot slot = shape == Shape.SPREAD
                        ? SlotPlan.nth(clinic.zone(), spreadFrom, spreadNext.getAndIncrement())
                        // consecutive attempts share a slot: `clients` of them race for each
                        : SlotPlan.nth(clinic.zone(), contendedFrom, contendedBase + attempts.getAndIncrement() / clients);
                String patient = clinic.patients().get((int) (sequence % clinic.patients().size()));
                return path == Path.HTTP ? overHttp(slot, patient) : overJdbc(connections.get(client), slot, patient);
            });
            contendedNext = contendedBase + attempts.get() / clients + 1;
            return new Row(shape, path, result, DatabaseCounters.read(observer).since(before));
        } finally {
            for (Connection connection : connections) {
                connection.close();
            }
        }
    }

    private LoadRun.Outcome overHttp(SlotPlan.Slot slot, String patient) throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("patientId", patient);
        body.put("treatmentId", BenchClinic.TREATMENT);
        body.put("locationId", clinic.locationId());
        body.put("start", slot.start().toString());
        body.put("practitionerId", clinic.practitioners().get(slot.practitioner()));
        body.put("roomId", clinic.rooms().get(slot.room()));
        RegimenHttp.Reply reply = api.postOnce("/appointments", clinic.apiKey(), body);
        if (reply.status() == 201) {
            return LoadRun.Outcome.DONE;
        }
        if (reply.status() == 409 && "SLOT_TAKEN".equals(reply.text("code"))) {
            return LoadRun.Outcome.REFUSED;
        }
        throw new IllegalStateException("HTTP " + reply.status() + " " + reply.body());
    }

    private LoadRun.Outcome overJdbc(Connection connection, SlotPlan.Slot slot, String patient) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                return baseline.book(connection, slot, patient) ? LoadRun.Outcome.DONE : LoadRun.Outcome.REFUSED;
            } catch (java.sql.SQLTransactionRollbackException deadlock) {
                // as AppointmentBook does: a deadlock victim was rolled back whole, so run it again
                if (attempt >= 3) {
                    throw deadlock;
                }
            }
        }
    }
}
