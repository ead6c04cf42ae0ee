package com.regimen.bench;

import com.regimen.core.ids.Ids;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Makes a benchmark database look like years of use by many clinic chains, fast enough for a
 * million appointments: the template clinic (made through the API) is copied row for row into
 * {@code tenants} other tenants (every key begins with tenant_id, so the copies keep their ids),
 * and appointments are written in multi-row batches, each tenant's spread over five years of its
 * calendar without a single clash, most completed, some cancelled or no-shows.
 */
public final class SeedData {
    /** The template's reference data, copied to every generated tenant. */
    static final List<String> COPIED_TABLES = List.of("locations", "rooms", "practitioners", "treatment_settings",
            "inventory_items", "stock_lots", "patients", "patient_intakes");
    static final int HISTORY_DAYS = 5 * 365;
    /** Slot n of a tenant's history is slot (n * STRIDE) mod its size: a permutation, so no repeats. */
    static final long STRIDE = 7_919;
    private static final int BATCH = 1_000;
    private static final String COLUMNS = "tenant_id, id, patient_id, treatment_id, plugin_version, location_id, "
            + "practitioner_id, room_id, course_id, session_number, starts_at, ends_at, room_free_at, status, currency, "
            + "price, deposit, screening_id, clearance, cancel_reason, cancellation_fee, created_by, created_at, "
            + "updated_at, version";

    private final BenchClinic template;
    private final String pluginVersion;
    private final LocalDate historyStart;
    private final List<String> tenants = new ArrayList<>();
    private final List<Long> written = new ArrayList<>();
    private int nextTenant;

    /** @param today the history is the {@link #HISTORY_DAYS} days before it */
    public SeedData(BenchClinic template, String pluginVersion, LocalDate today) {
        this.template = template;
        this.pluginVersion = pluginVersion;
        this.historyStart = today.minusDays(HISTORY_DAYS);
        tenants.add(template.tenantId());
        written.add(0L);
    }

    public List<String> tenants() {
        return List.copyOf(tenants);
    }

    /** Copies the template's tenant row and reference data into {@code count} new tenants. */
    public void addTenants(Connection connection, int count) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            for (int i = 0; i < count; i++) {
                String tenant = Ids.newId();
                copy(connection, "tenants", tenant);
                for (String table : COPIED_TABLES) {
                    copy(connection, table, tenant);
                }
                tenants.add(tenant);
                written.add(0L);
            }
            connection.commit();
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Writes history appointments, round-robin over the tenants, until the table holds {@code total}. */
    public long growTo(Connection connection, long total) throws SQLException {
        long have = count(connection, "SELECT COUNT(*) FROM appointments");
        long toWrite = total - have;
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            while (toWrite > 0) {
                int rows = (int) Math.min(BATCH, toWrite);
                List<Object[]> batch = new ArrayList<>(rows);
                for (int i = 0; i < rows; i++) {
                    int tenantIndex = nextTenant;
                    nextTenant = (nextTenant + 1) % tenants.size();
                    long n = written.get(tenantIndex);
                    written.set(tenantIndex, n + 1);
                    batch.add(historyRow(tenants.get(tenantIndex), n));
                }
                insert(connection, batch);
                connection.commit();
                toWrite -= rows;
            }
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        return count(connection, "SELECT COUNT(*) FROM appointments");
    }

    /**
     * Books every other slot of the template's location on {@code days} days from {@code first}:
     * the calendar the availability benchmark searches, the same at every data size.
     */
    public int fillWindow(Connection connection, LocalDate first, int days) throws SQLException {
        List<Object[]> batch = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            for (int i = 0; i < SlotPlan.PER_DAY; i += 2) {
                SlotPlan.Slot slot = SlotPlan.slot(template.zone(), first.plusDays(d), i);
                batch.add(row(template.tenantId(), slot, "BOOKED", d * SlotPlan.PER_DAY + i));
            }
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            for (int from = 0; from < batch.size(); from += BATCH) {
                insert(connection, batch.subList(from, Math.min(batch.size(), from + BATCH)));
            }
            connection.commit();
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        return batch.size();
    }

    /** The nth appointment of a tenant's history: a distinct slot in the five years, never a clash. */
    Object[] historyRow(String tenant, long n) {
        long space = (long) HISTORY_DAYS * SlotPlan.PER_DAY;
        if (n >= space) {
            throw new IllegalStateException("A tenant's five years hold " + space + " sessions; add tenants");
        }
        long slotIndex = n * STRIDE % space;
        SlotPlan.Slot slot = SlotPlan.slot(template.zone(), historyStart.plusDays(slotIndex / SlotPlan.PER_DAY),
                (int) (slotIndex % SlotPlan.PER_DAY));
        String status = n % 20 == 7 ? "CANCELLED" : n % 50 == 13 ? "NO_SHOW" : "COMPLETED";
        return row(tenant, slot, status, n);
    }

    private Object[] row(String tenant, SlotPlan.Slot slot, String status, long n) {
        Timestamp created = Timestamp.from(slot.start().minusSeconds(86_400L * (1 + n % 30)));
        return new Object[]{tenant, Ids.newId(), template.patients().get((int) (n % template.patients().size())),
                BenchClinic.TREATMENT, pluginVersion, template.locationId(),
                template.practitioners().get(slot.practitioner()), template.rooms().get(slot.room()), null, 1,
                Timestamp.from(slot.start()), Timestamp.from(slot.end()), Timestamp.from(slot.roomFreeAt()), status,
                "SAR", 150_000L, 45_000L, null, null, "CANCELLED".equals(status) ? "Patient rescheduled" : null,
                null, template.ownerUserId(), created, created, 0};
    }

    private static void insert(Connection connection, List<Object[]> rows) throws SQLException {
        StringJoiner values = new StringJoiner(", ");
        String one = "(" + "?, ".repeat(24) + "?)";
        rows.forEach(r -> values.add(one));
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO appointments (" + COLUMNS
                + ") VALUES " + values)) {
            int at = 1;
            for (Object[] row : rows) {
                for (Object value : row) {
                    statement.setObject(at++, value);
                }
            }
            statement.executeUpdate();
        }
    }

    private void copy(Connection connection, String table, String tenant) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT column_name FROM information_schema.columns "
                + "WHERE table_schema = DATABASE() AND table_name = ? ORDER BY ordinal_position")) {
            statement.setString(1, table);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                }
            }
        }
        String names = String.join(", ", columns);
        String selected = String.join(", ", columns.stream().map(c -> c.equalsIgnoreCase("tenant_id") ? "?" : c)
                .toList());
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO " + table + " (" + names
                + ") SELECT " + selected + " FROM " + table + " WHERE tenant_id = ?")) {
            statement.setString(1, tenant);
            statement.setString(2, template.tenantId());
            statement.executeUpdate();
        }
    }

    static long count(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** For the report: when a generated history begins. */
    public Instant historyStartsAt() {
        return historyStart.atStartOfDay(template.zone()).toInstant();
    }
}
