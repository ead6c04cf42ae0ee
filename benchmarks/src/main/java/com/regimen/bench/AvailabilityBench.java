package com.regimen.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The 14-day availability search for the benchmark location (20 practitioners, 10 rooms), one
 * client asking again as soon as it has its answer. The window's calendar is the same at every
 * data size (half its slots booked), so the answer is too: only the data around it grows.
 */
public final class AvailabilityBench {
    public static final int DAYS = 14;

    /** The full form (one object per slot), the compact one (per day and practitioner, the starts), the first 60. */
    public enum Form {
        FULL(""), COMPACT("/compact"), COMPACT_FIRST_60("/compact");

        private final String suffix;

        Form(String suffix) {
            this.suffix = suffix;
        }
    }

    public record Row(Form form, long storedAppointments, int slotsFound, LoadRun.Result result) {
    }

    private final BenchClinic clinic;
    private final RegimenHttp api;
    private final LocalDate from;

    public AvailabilityBench(BenchClinic clinic, RegimenHttp api, LocalDate from) {
        this.clinic = clinic;
        this.api = api;
        this.from = from;
    }

    public Row run(Form form, long storedAppointments, Duration warmUp, Duration duration) throws Exception {
        AtomicInteger slots = new AtomicInteger(-1);
        String path = path(form);
        LoadRun.Attempt search = (client, sequence) -> {
            slots.set(form == Form.FULL ? api.countArray(path, clinic.apiKey(), "slots")
                    : startsIn(api.get(path, clinic.apiKey()).expect(200, "compact availability").body()));
            return LoadRun.Outcome.DONE;
        };
        LoadRun.run(1, warmUp, search);
        return new Row(form, storedAppointments, slots.get(), LoadRun.run(1, duration, search));
    }

    static int startsIn(JsonNode compact) {
        int starts = 0;
        for (JsonNode day : compact.path("days")) {
            for (JsonNode practitioner : day.path("practitioners")) {
                starts += practitioner.path("starts").size();
            }
        }
        return starts;
    }

    private String path(Form form) {
        return "/availability" + form.suffix + "?locationId=" + clinic.locationId() + "&treatmentId="
                + BenchClinic.TREATMENT + "&from=" + from + "&to=" + from.plusDays(DAYS - 1)
                + (form == Form.COMPACT_FIRST_60 ? "&first=60" : "");
    }

    /** EXPLAIN of the two appointment reads the search makes, with the benchmark's own values. */
    public List<List<String>> queryPlans(Connection connection) throws SQLException {
        Timestamp start = Timestamp.from(from.atStartOfDay(clinic.zone()).toInstant().minus(Duration.ofHours(10)));
        Timestamp end = Timestamp.from(from.plusDays(DAYS).atStartOfDay(clinic.zone()).toInstant());
        List<List<String>> rows = new ArrayList<>();
        String inList = String.join(", ", clinic.practitioners().stream().map(p -> "?").toList());
        explain(connection, rows, "roomsTakenAt", "EXPLAIN SELECT room_id, starts_at, room_free_at FROM appointments "
                + "WHERE tenant_id = ? AND location_id = ? AND starts_at >= ? AND starts_at < ? "
                + "AND status IN ('BOOKED', 'CHECKED_IN')",
                clinic.tenantId(), clinic.locationId(), start, end);
        List<Object> values = new ArrayList<>();
        values.add(clinic.tenantId());
        values.addAll(clinic.practitioners());
        values.add(start);
        values.add(end);
        explain(connection, rows, "practitionersTaken", "EXPLAIN SELECT practitioner_id, starts_at, ends_at "
                + "FROM appointments WHERE tenant_id = ? "
                + "AND practitioner_id IN (" + inList + ") AND starts_at >= ? AND starts_at < ? "
                + "AND status IN ('BOOKED', 'CHECKED_IN')", values.toArray());
        return rows;
    }

    private static void explain(Connection connection, List<List<String>> rows, String name, String sql,
                                Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                if (rows.isEmpty()) {
                    List<String> header = new ArrayList<>(List.of("query"));
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        header.add(meta.getColumnLabel(c));
                    }
                    rows.add(header);
                }
                while (rs.next()) {
                    List<String> row = new ArrayList<>(List.of(name));
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        row.add(String.valueOf(rs.getString(c)));
                    }
                    rows.add(row);
                }
            }
        }
    }
}
