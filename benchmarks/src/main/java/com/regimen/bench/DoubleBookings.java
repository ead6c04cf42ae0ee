package com.regimen.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Counts, from the committed rows, pairs of active appointments of one tenant that overlap on a
 * practitioner, or on a room including its turnover. A booking benchmark is only valid when this
 * is zero after it.
 */
public final class DoubleBookings {
    private static final String ACTIVE = "IN ('BOOKED', 'CHECKED_IN', 'COMPLETED')";

    private DoubleBookings() {
    }

    public static long count(Connection connection, String tenantId) throws SQLException {
        return pairs(connection, tenantId, "practitioner_id", "ends_at") + pairs(connection, tenantId, "room_id",
                "room_free_at");
    }

    private static long pairs(Connection connection, String tenantId, String resource, String busyUntil)
            throws SQLException {
        // b starts within the 10 hours (the longest session) before a ends: the index range on
        // (tenant_id, resource, starts_at) instead of every pair.
        String sql = "SELECT COUNT(*) FROM appointments a JOIN appointments b ON b.tenant_id = a.tenant_id "
                + "AND b." + resource + " = a." + resource + " AND b.id <> a.id "
                + "AND b.starts_at >= a.starts_at - INTERVAL 10 HOUR AND b.starts_at <= a.starts_at "
                + "AND b." + busyUntil + " > a.starts_at AND (b.starts_at < a.starts_at OR b.id < a.id) "
                + "WHERE a.tenant_id = ? AND a.status " + ACTIVE + " AND b.status " + ACTIVE;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, tenantId);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
