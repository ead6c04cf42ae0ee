package com.regimen.core.database;

import com.regimen.core.errors.DomainException;
import com.regimen.core.testing.TestDatabase;
import com.regimen.core.testing.TestDatabases;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A transaction whose connection breaks, on real MariaDB: the connection is killed from another
 * session (what a database node's death does to it). The URL lists the server twice, as a multi-host
 * URL lists a cluster's nodes, so the driver moves the broken connection to the "next" host.
 */
class ConnectionLossRetryIT {
    private static final TestDatabase DB = TestDatabases.create();
    private static final String TENANT = "00000000-0000-7000-8000-000000000002";
    private static Jdbi failover;

    @BeforeAll
    static void probeTableAndFailoverUrl() {
        DB.jdbi().useHandle(h -> h.execute("CREATE TABLE loss_probe (tenant_id CHAR(36) NOT NULL, id INT NOT NULL, "
                + "PRIMARY KEY (tenant_id, id)) ENGINE=InnoDB"));
        String url = DB.url();
        String hostAndRest = url.substring("jdbc:mysql://".length());
        String host = hostAndRest.substring(0, hostAndRest.indexOf('/'));
        String twice = "jdbc:mysql://" + host + "," + host + hostAndRest.substring(host.length())
                + "&failOverReadOnly=false";
        failover = TransactionRetry.install(Jdbi.create(twice, DB.user(), DB.password())
                .installPlugin(new SqlObjectPlugin()));
    }

    @BeforeEach
    void empty() {
        DB.jdbi().useHandle(h -> h.execute("DELETE FROM loss_probe WHERE tenant_id = ?", TENANT));
    }

    private static void killOwnConnection(Handle h) {
        long id = h.createQuery("SELECT CONNECTION_ID()").mapTo(Long.class).one();
        DB.jdbi().useHandle(other -> other.execute("KILL CONNECTION " + id));
    }

    private static long rows() {
        return DB.count("SELECT COUNT(*) FROM loss_probe WHERE tenant_id = ?", TENANT);
    }

    @Test
    void aConnectionLostBeforeCommitIsRunAgainOnTheNextHostAndWritesOnce() {
        AtomicInteger attempts = new AtomicInteger();
        failover.useTransaction(h -> {
            h.execute("INSERT INTO loss_probe (tenant_id, id) VALUES (?, 1)", TENANT);
            if (attempts.incrementAndGet() == 1) {
                killOwnConnection(h);
                h.execute("INSERT INTO loss_probe (tenant_id, id) VALUES (?, 2)", TENANT);
            }
        });
        assertThat(attempts).hasValue(2);
        assertThat(rows()).as("the first attempt's row was rolled back with its connection").isEqualTo(1);
    }

    @Test
    void aConnectionLostDuringCommitIsNotRunAgainAndSaysTheOutcomeIsUnknown() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> failover.useTransaction(h -> {
            attempts.incrementAndGet();
            h.execute("INSERT INTO loss_probe (tenant_id, id) VALUES (?, 1)", TENANT);
            killOwnConnection(h); // the callback is done: what breaks now is the commit
        })).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(TransactionRetry.COMMIT_OUTCOME_UNKNOWN));
        assertThat(attempts).as("never run twice: it might have committed").hasValue(1);
    }

    /**
     * A connection that moved to another host stays there. The driver's default moved it back to its
     * first host after 50 statements (or 30 s), at a transaction's end: on a cluster, right after a
     * booking's commit, onto a node that had just restarted and did not yet take queries, so the
     * booking's next read failed and a saved booking was answered 503 (seen in GaleraClusterIT).
     */
    @Test
    void aConnectionThatMovedToTheNextHostStaysThereAfterItsCommits() {
        try (Handle h = failover.open()) {
            long first = connectionId(h);
            killOwnConnection(h);
            assertThatThrownBy(() -> connectionId(h)).matches(TransactionRetry::isConnectionLost, "the kill is seen");
            long moved = connectionId(h);
            assertThat(moved).as("moved to the next host").isNotEqualTo(first);
            for (int i = 1; i <= 60; i++) {
                int id = i;
                h.useTransaction(t -> t.execute("INSERT INTO loss_probe (tenant_id, id) VALUES (?, ?)", TENANT, id));
                assertThat(connectionId(h)).as("after commit %d", i).isEqualTo(moved);
            }
        }
        assertThat(rows()).isEqualTo(60);
    }

    private static long connectionId(Handle h) {
        return h.createQuery("SELECT CONNECTION_ID()").mapTo(Long.class).one();
    }

    @Test
    void onOneHostALostConnectionIsStillALostDatabaseAfterTheAttempts() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> DB.jdbi().useTransaction(h -> {
            attempts.incrementAndGet();
            killOwnConnection(h);
            h.execute("INSERT INTO loss_probe (tenant_id, id) VALUES (?, 1)", TENANT);
        })).matches(TransactionRetry::isConnectionLost, "a lost connection");
        assertThat(rows()).isZero();
    }
}
