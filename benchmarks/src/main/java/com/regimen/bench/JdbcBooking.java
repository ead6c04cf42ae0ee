package com.regimen.bench;

import com.regimen.core.ids.Ids;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The baseline: the booking transaction as {@code AppointmentBook} runs it, written straight
 * against JDBC with no HTTP, auth, screening, plugin call or object mapping around it. Same
 * isolation (READ COMMITTED), same row locks in the same order, same clash checks, same stock
 * hold and the same rows written. Whatever Regimen adds on top of this is its overhead.
 */
public final class JdbcBooking {
    private static final String ACTIVE = "status IN ('BOOKED', 'CHECKED_IN')";
    private static final List<String[]> CONSUMABLES = List.of(
            new String[]{"needle-30g", "2"}, new String[]{"needle-blood-draw", "1"}, new String[]{"prp-kit", "1"});

    private final BenchClinic clinic;
    private final String pluginVersion;

    public JdbcBooking(BenchClinic clinic, String pluginVersion) {
        this.clinic = clinic;
        this.pluginVersion = pluginVersion;
    }

    /** @return true when booked, false when the slot was taken (rolled back) */
    public boolean book(Connection connection, SlotPlan.Slot slot, String patientId) throws SQLException {
        String tenant = clinic.tenantId();
        String practitioner = clinic.practitioners().get(slot.practitioner());
        String room = clinic.rooms().get(slot.room());
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        try {
            exists(connection, "SELECT * FROM practitioners WHERE tenant_id = ? AND id = ?", tenant, practitioner);
            exists(connection, "SELECT * FROM rooms WHERE tenant_id = ? AND id = ?", tenant, room);
            exists(connection, "SELECT id FROM practitioners WHERE tenant_id = ? AND id IN (?) ORDER BY id FOR UPDATE",
                    tenant, practitioner);
            exists(connection, "SELECT id FROM rooms WHERE tenant_id = ? AND id IN (?) ORDER BY id FOR UPDATE",
                    tenant, room);
            Timestamp since = Timestamp.from(slot.start().minusSeconds(10 * 3600));
            Timestamp start = Timestamp.from(slot.start());
            Timestamp end = Timestamp.from(slot.end());
            Timestamp freeAt = Timestamp.from(slot.roomFreeAt());
            String id = Ids.newId();
            if (count(connection, "SELECT COUNT(*) FROM appointments WHERE tenant_id = ? AND practitioner_id = ? "
                    + "AND starts_at > ? AND starts_at < ? AND ends_at > ? AND " + ACTIVE + " AND id <> ?",
                    tenant, practitioner, since, end, start, id) > 0
                    || count(connection, "SELECT COUNT(*) FROM practitioner_time_off WHERE tenant_id = ? "
                    + "AND practitioner_id = ? AND starts_at < ? AND ends_at > ?", tenant, practitioner, end, start) > 0
                    || count(connection, "SELECT COUNT(*) FROM appointments WHERE tenant_id = ? AND room_id = ? "
                    + "AND starts_at > ? AND starts_at < ? AND room_free_at > ? AND " + ACTIVE + " AND id <> ?",
                    tenant, room, since, freeAt, start, id) > 0) {
                connection.rollback();
                return false;
            }
            Timestamp now = Timestamp.from(Instant.now());
            for (String[] use : CONSUMABLES) {
                hold(connection, tenant, id, use[0], Integer.parseInt(use[1]), slot, now);
            }
            update(connection, "INSERT INTO appointments (tenant_id, id, patient_id, treatment_id, plugin_version, "
                    + "location_id, practitioner_id, room_id, course_id, session_number, starts_at, ends_at, room_free_at, "
                    + "status, currency, price, deposit, screening_id, clearance, cancel_reason, cancellation_fee, "
                    + "created_by, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, 1, ?, ?, ?, "
                    + "'BOOKED', 'SAR', 150000, 45000, NULL, NULL, NULL, NULL, ?, ?, ?, 0)", tenant, id, patientId,
                    BenchClinic.TREATMENT, pluginVersion, clinic.locationId(), practitioner, room, start, end, freeAt,
                    clinic.ownerUserId(), now, now);
            update(connection, "INSERT INTO audit_events (tenant_id, id, occurred_at, actor_type, actor_id, action, "
                    + "entity_type, entity_id, details) VALUES (?, ?, ?, 'API_KEY', ?, 'appointment.booked', "
                    + "'appointment', ?, ?)", tenant, Ids.newId(), now, clinic.ownerUserId(), id,
                    "{\"treatmentId\":\"prp\",\"start\":\"" + slot.start() + "\"}");
            connection.commit();
            return true;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    /** First-expiry-first-out, under a lock, as StockReservations does. */
    private void hold(Connection connection, String tenant, String appointmentId, String sku, int quantity,
                      SlotPlan.Slot slot, Timestamp now) throws SQLException {
        String itemId;
        try (PreparedStatement statement = prepare(connection, "SELECT id FROM inventory_items WHERE tenant_id = ? "
                + "AND sku = ?", tenant, sku); ResultSet rs = statement.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("no item " + sku);
            }
            itemId = rs.getString(1);
        }
        String lotId;
        try (PreparedStatement statement = prepare(connection, "SELECT l.id, l.on_hand, l.reserved FROM stock_lots l "
                + "WHERE l.tenant_id = ? AND l.location_id = ? AND l.item_id = ? AND l.expires_on >= ? "
                + "AND l.on_hand > l.reserved ORDER BY l.expires_on, l.id FOR UPDATE", tenant, clinic.locationId(),
                itemId, java.sql.Date.valueOf(slot.day())); ResultSet rs = statement.executeQuery()) {
            if (!rs.next() || rs.getInt(2) - rs.getInt(3) < quantity) {
                throw new IllegalStateException("out of " + sku);
            }
            lotId = rs.getString(1);
        }
        update(connection, "UPDATE stock_lots SET on_hand = on_hand + 0, reserved = reserved + ? "
                + "WHERE tenant_id = ? AND id = ?", quantity, tenant, lotId);
        update(connection, "INSERT INTO stock_reservations (tenant_id, id, appointment_id, lot_id, quantity, state, "
                + "created_at) VALUES (?, ?, ?, ?, ?, 'RESERVED', ?)", tenant, Ids.newId(), appointmentId, lotId,
                quantity, now);
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... values) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        return statement;
    }

    private static void exists(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, values); ResultSet rs = statement.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("missing row: " + sql);
            }
        }
    }

    private static long count(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, values); ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void update(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, values)) {
            statement.executeUpdate();
        }
    }
}
