package com.regimen.core.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * One migrating server at a time, on one database or on a multi-primary Galera cluster. Liquibase's
 * own lock is not enough on a cluster: two servers starting together on two nodes both created
 * {@code DATABASECHANGELOG}, and the node that received the other's now-failing CREATE TABLE left the
 * cluster (GaleraClusterIT found it). This lease is taken before Liquibase starts: its table is made
 * with IF NOT EXISTS (a no-op wherever it exists, so the same on every node) and taken by a
 * conditional UPDATE of one row, a write that Galera certifies against the other server's. A lease
 * left by a server that died mid-migration expires.
 */
final class MigrationLease {
    /** Longer than any migration of ours; a server that died holding it delays the next start this long at most. */
    static final Duration EXPIRY = Duration.ofMinutes(15);
    private static final Duration POLL = Duration.ofMillis(250);
    private static final int DEADLOCK = 1213;
    private static final Logger LOG = LoggerFactory.getLogger(MigrationLease.class);

    private MigrationLease() {
    }

    static <T> T holding(DataSource dataSource, Supplier<T> work) {
        String holder = UUID.randomUUID().toString();
        acquire(dataSource, holder);
        try {
            return work.get();
        } finally {
            release(dataSource, holder);
        }
    }

    private static void acquire(DataSource dataSource, String holder) {
        boolean waited = false;
        while (true) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CREATE TABLE IF NOT EXISTS DATABASECHANGELOG_LEASE (ID INT NOT NULL PRIMARY KEY, "
                            + "HOLDER CHAR(36) CHARACTER SET ascii NULL, EXPIRES DATETIME(6) NULL) ENGINE=InnoDB");
                    statement.execute("INSERT IGNORE INTO DATABASECHANGELOG_LEASE (ID) VALUES (1)");
                }
                try (PreparedStatement take = connection.prepareStatement("UPDATE DATABASECHANGELOG_LEASE SET HOLDER = ?, "
                        + "EXPIRES = NOW(6) + INTERVAL ? SECOND WHERE ID = 1 AND (HOLDER IS NULL OR EXPIRES < NOW(6))")) {
                    take.setString(1, holder);
                    take.setLong(2, EXPIRY.toSeconds());
                    if (take.executeUpdate() == 1) {
                        return;
                    }
                }
            } catch (SQLException e) {
                // Another node's server wrote the row first: certification refused ours. Ask again.
                if (e.getErrorCode() != DEADLOCK) {
                    throw new IllegalStateException("Could not take the migration lease: " + e.getMessage(), e);
                }
            }
            if (!waited) {
                LOG.info("Another server is migrating the schema; waiting for it to finish");
                waited = true;
            }
            pause();
        }
    }

    private static void release(DataSource dataSource, String holder) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement free = connection.prepareStatement(
                     "UPDATE DATABASECHANGELOG_LEASE SET HOLDER = NULL, EXPIRES = NULL WHERE ID = 1 AND HOLDER = ?")) {
            connection.setAutoCommit(true);
            free.setString(1, holder);
            free.executeUpdate();
        } catch (SQLException e) {
            LOG.warn("Could not release the migration lease (it expires in {}): {}", EXPIRY, e.getMessage());
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the migration lease", e);
        }
    }
}
