package com.regimen.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * The database's own counters (SHOW GLOBAL STATUS), read around a benchmark row: how many
 * statements, explicit commits and fsyncs each booking cost, which explains the throughput better than
 * any profile of the server.
 */
public record DatabaseCounters(long statements, long commits, long rollbacks, long fsyncs) {
    public static DatabaseCounters read(Connection connection) throws SQLException {
        Map<String, Long> status = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SHOW GLOBAL STATUS WHERE Variable_name IN ('Questions', "
                     + "'Com_commit', 'Com_rollback', 'Innodb_data_fsyncs')")) {
            while (rs.next()) {
                status.put(rs.getString(1), rs.getLong(2));
            }
        }
        return new DatabaseCounters(status.getOrDefault("Questions", 0L),
                status.getOrDefault("Com_commit", 0L), status.getOrDefault("Com_rollback", 0L),
                status.getOrDefault("Innodb_data_fsyncs", 0L));
    }

    public DatabaseCounters since(DatabaseCounters before) {
        return new DatabaseCounters(statements - before.statements, commits - before.commits,
                rollbacks - before.rollbacks, fsyncs - before.fsyncs);
    }
}
