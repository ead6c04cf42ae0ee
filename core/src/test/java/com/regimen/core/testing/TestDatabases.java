package com.regimen.core.testing;

import com.regimen.core.database.EmbeddedMariaDb;
import com.regimen.core.database.JdbcUrls;
import com.regimen.core.database.SchemaMigrator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Real MariaDB for tests: the server named by REGIMEN_TEST_DB_URL (with REGIMEN_TEST_DB_USER and
 * REGIMEN_TEST_DB_PASSWORD) when set, else one embedded server per JVM. Each call makes a new
 * database migrated by the real Liquibase changelog, so test classes never see each other's rows.
 */
public final class TestDatabases {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static EmbeddedMariaDb embedded;

    private TestDatabases() {
    }

    public static synchronized TestDatabase create() {
        String name = "regimen_test_" + ProcessHandle.current().pid() + "_" + SEQUENCE.incrementAndGet();
        Server server = server();
        try (Connection connection = DriverManager.getConnection(server.urlFor(""), server.user(), server.password());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name, e);
        }
        TestDatabase database = new TestDatabase(server.urlFor(name), server.user(), server.password());
        SchemaMigrator.migrate(database.dataSource());
        return database;
    }

    private record Server(String baseUrl, String user, String password) {
        String urlFor(String database) {
            int query = baseUrl.indexOf('?');
            String path = query < 0 ? baseUrl : baseUrl.substring(0, query);
            String options = query < 0 ? "" : baseUrl.substring(query);
            if (!path.endsWith("/")) {
                path = path.substring(0, path.lastIndexOf('/') + 1);
            }
            return JdbcUrls.withRequiredOptions(path + database + options);
        }
    }

    private static Server server() {
        String external = System.getenv("REGIMEN_TEST_DB_URL");
        if (external != null && !external.isBlank()) {
            return new Server(external, envOr("REGIMEN_TEST_DB_USER", "root"), envOr("REGIMEN_TEST_DB_PASSWORD", ""));
        }
        if (embedded == null) {
            try {
                Path dir = Files.createTempDirectory("regimen-test-db").resolve("data");
                // Durability settings off: a test database that loses its last second on a crash loses nothing.
                embedded = EmbeddedMariaDb.start(dir, true, List.of(
                        "--innodb-flush-log-at-trx-commit=0", "--sync-binlog=0", "--innodb-doublewrite=0"));
            } catch (java.io.IOException e) {
                throw new IllegalStateException("Could not make a directory for the test database", e);
            }
        }
        return new Server(embedded.jdbcUrl(""), embedded.user(), embedded.password());
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
