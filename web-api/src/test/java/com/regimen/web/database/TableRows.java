package com.regimen.web.database;

import com.regimen.core.testing.TestDatabase;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every row of one tenant in every table of a database, each row as the text of all its columns but
 * the lock counter: for comparing a restored database with its source row by row.
 */
final class TableRows {
    /**
     * Bumped each time a transaction takes a row's guard lock (docs/scaling.md, "Multi-primary:
     * Galera"), also by one that then changes nothing: a count of locks taken, not the row's data, so
     * a row a payment locked after the backup is still the row the backup holds.
     */
    private static final String LOCK_COUNTER = "lock_version";

    private TableRows() {
    }

    /** Table name to the set of that tenant's rows (the tenants table: its own row). */
    static Map<String, Set<String>> ofTenant(TestDatabase db, String tenant) {
        Map<String, Set<String>> tables = new TreeMap<>();
        try (Connection connection = db.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            for (String table : tables(statement)) {
                String key = hasColumn(statement, table, "tenant_id") ? "tenant_id" : "id";
                Set<String> rows = new HashSet<>();
                try (var query = connection.prepareStatement("SELECT * FROM `" + table + "` WHERE " + key + " = ?")) {
                    query.setString(1, tenant);
                    try (ResultSet result = query.executeQuery()) {
                        int columns = result.getMetaData().getColumnCount();
                        while (result.next()) {
                            StringBuilder row = new StringBuilder();
                            for (int c = 1; c <= columns; c++) {
                                if (LOCK_COUNTER.equals(result.getMetaData().getColumnName(c))) {
                                    continue;
                                }
                                row.append(result.getMetaData().getColumnName(c)).append('=')
                                        .append(result.getString(c)).append('\u001f');
                            }
                            rows.add(row.toString());
                        }
                    }
                }
                tables.put(table, rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return tables;
    }

    private static List<String> tables(Statement statement) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables WHERE "
                + "table_schema = DATABASE() AND table_name NOT LIKE 'DATABASECHANGELOG%' ORDER BY table_name")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    private static boolean hasColumn(Statement statement, String table, String column) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM information_schema.columns WHERE "
                + "table_schema = DATABASE() AND table_name = '" + table + "' AND column_name = '" + column + "'")) {
            rows.next();
            return rows.getLong(1) > 0;
        }
    }
}
