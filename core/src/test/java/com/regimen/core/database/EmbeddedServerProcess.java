package com.regimen.core.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

/**
 * A separate JVM that starts the embedded database on the data directory it is given, writes the
 * rows it is asked for, says so on standard output and then waits to be killed: the process that
 * {@link EmbeddedMariaDbIT} kills with SIGKILL, as an operator's kill -9 or the OOM killer would.
 */
public final class EmbeddedServerProcess {
    public static final String READY = "REGIMEN-TEST-READY";

    private EmbeddedServerProcess() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedMariaDb server = EmbeddedMariaDb.start(Path.of(args[0]), false, List.of());
        server.createDatabaseIfMissing("kept");
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl("kept"), server.user(), server.password());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS visits (tenant_id CHAR(36), id INT, PRIMARY KEY (tenant_id, id))");
            int from = Integer.parseInt(args[1]);
            int count = Integer.parseInt(args[2]);
            for (int id = from; id < from + count; id++) {
                statement.execute("INSERT INTO visits VALUES ('t1', " + id + ")");
            }
        }
        System.out.println(READY + " " + RunningServer.find(server.dataDir()).orElseThrow().process().pid());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
