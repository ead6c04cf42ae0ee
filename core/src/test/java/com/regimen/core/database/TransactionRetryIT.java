package com.regimen.core.database;

import com.regimen.core.errors.DomainException;
import com.regimen.core.errors.ErrorKind;
import com.regimen.core.testing.TestDatabase;
import com.regimen.core.testing.TestDatabases;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The shared transaction retry against real deadlocks and lock-wait timeouts on MariaDB: two
 * transactions each lock one row, then each other's, so the database must pick a victim.
 */
class TransactionRetryIT {
    private static final TestDatabase DB = TestDatabases.create();
    private static final String TENANT = "00000000-0000-7000-8000-000000000001";

    @BeforeAll
    static void probeTable() {
        DB.jdbi().useHandle(h -> h.execute("CREATE TABLE retry_probe (tenant_id CHAR(36) NOT NULL, id INT NOT NULL, "
                + "n INT NOT NULL, PRIMARY KEY (tenant_id, id)) ENGINE=InnoDB"));
    }

    @BeforeEach
    void twoRows() {
        DB.jdbi().useHandle(h -> {
            h.execute("DELETE FROM retry_probe WHERE tenant_id = ?", TENANT);
            h.execute("INSERT INTO retry_probe (tenant_id, id, n) VALUES (?, 1, 0), (?, 2, 0)", TENANT, TENANT);
        });
    }

    /** Each increments both rows, locking them in opposite orders; the first attempts meet in a deadlock. */
    private static List<Future<Void>> crossedIncrements(Jdbi jdbi, AtomicInteger attempts) {
        CyclicBarrier bothHoldOne = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<Future<Void>> results = new ArrayList<>();
        for (int[] order : List.of(new int[]{1, 2}, new int[]{2, 1})) {
            AtomicInteger mine = new AtomicInteger();
            results.add(threads.submit(() -> {
                jdbi.useTransaction(h -> {
                    attempts.incrementAndGet();
                    lockAndBump(h, order[0]);
                    if (mine.incrementAndGet() == 1) {
                        bothHoldOne.await(60, TimeUnit.SECONDS);
                    }
                    lockAndBump(h, order[1]);
                });
                return null;
            }));
        }
        threads.shutdown();
        return results;
    }

    private static void lockAndBump(Handle h, int id) {
        h.createQuery("SELECT n FROM retry_probe WHERE tenant_id = :t AND id = :id FOR UPDATE")
                .bind("t", TENANT).bind("id", id).mapTo(Integer.class).one();
        h.execute("UPDATE retry_probe SET n = n + 1 WHERE tenant_id = ? AND id = ?", TENANT, id);
    }

    private static long n(int id) {
        return DB.count("SELECT n FROM retry_probe WHERE tenant_id = ? AND id = ?", TENANT, id);
    }

    private static List<Throwable> failures(List<Future<Void>> results) throws InterruptedException {
        List<Throwable> failed = new ArrayList<>();
        for (Future<Void> result : results) {
            try {
                result.get();
            } catch (ExecutionException e) {
                failed.add(e.getCause());
            }
        }
        return failed;
    }

    @Test
    void withoutTheRetryTheCrossedIncrementsReallyDeadlock() throws Exception {
        Jdbi bare = Jdbi.create(DB.dataSource());
        List<Throwable> failed = failures(crossedIncrements(bare, new AtomicInteger()));

        assertThat(failed).hasSize(1);
        assertThat(TransactionRetry.isLockConflict(failed.get(0))).as(failed.get(0).toString()).isTrue();
        assertThat(n(1) + n(2)).isEqualTo(2); // the victim wrote nothing, the winner both rows
    }

    @Test
    void theDeadlockVictimIsRunAgainWholeAndBothCommit() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        List<Throwable> failed = failures(crossedIncrements(DB.jdbi(), attempts));

        assertThat(failed).isEmpty();
        assertThat(attempts.get()).isEqualTo(3); // two first attempts, the victim's second
        assertThat(n(1)).isEqualTo(2);
        assertThat(n(2)).isEqualTo(2);
    }

    @Test
    void aVictimWithNoAttemptsLeftIsDatabaseBusyAndWroteNothing() throws Exception {
        Jdbi once = TransactionRetry.install(Jdbi.create(DB.dataSource()), 1);
        List<Throwable> failed = failures(crossedIncrements(once, new AtomicInteger()));

        assertThat(failed).hasSize(1);
        assertThat(failed.get(0)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(ErrorKind.UNAVAILABLE);
            assertThat(e.code()).isEqualTo("DATABASE_BUSY");
            assertThat(e.extensions()).containsEntry("retryAfterSeconds", 1);
        });
        assertThat(n(1) + n(2)).isEqualTo(2);
    }

    @Test
    void aLockWaitTimeoutIsRunAgain() throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        Future<?> holder = threads.submit(() -> {
            DB.jdbi().useTransaction(h -> {
                lockAndBump(h, 1);
                held.countDown();
                release.await(60, TimeUnit.SECONDS);
            });
            return null;
        });
        held.await(60, TimeUnit.SECONDS);
        AtomicInteger attempts = new AtomicInteger();
        Future<?> waiter = threads.submit(() -> {
            DB.jdbi().useTransaction(h -> {
                int attempt = attempts.incrementAndGet();
                // The first attempt gives up after a second; the second lets the holder finish and waits for it.
                h.execute("SET SESSION innodb_lock_wait_timeout = " + (attempt == 1 ? 1 : 60));
                if (attempt > 1) {
                    release.countDown();
                }
                lockAndBump(h, 1);
            });
            return null;
        });
        waiter.get();
        holder.get();
        threads.shutdown();

        assertThat(attempts.get()).isEqualTo(2);
        assertThat(n(1)).isEqualTo(2);
    }

    @Test
    void transactionsRunAtReadCommittedUnlessTheCallerSaysOtherwise() {
        assertThat(DB.jdbi().inTransaction(Handle::getTransactionIsolationLevel))
                .isEqualTo(TransactionIsolationLevel.READ_COMMITTED);
        assertThat(DB.jdbi().inTransaction(TransactionIsolationLevel.SERIALIZABLE,
                Handle::getTransactionIsolationLevel)).isEqualTo(TransactionIsolationLevel.SERIALIZABLE);
    }

    @Test
    void aCommitIsMarkedForTheRequestAndARollbackOrAReadIsNot() {
        try {
            RequestCommits.begin();
            DB.jdbi().useHandle(h -> h.createQuery("SELECT n FROM retry_probe WHERE tenant_id = ? AND id = 1")
                    .bind(0, TENANT).mapTo(Integer.class).one());
            assertThat(RequestCommits.any()).as("a read outside a transaction").isFalse();

            assertThatThrownBy(() -> DB.jdbi().useTransaction(h -> {
                lockAndBump(h, 1);
                throw new IllegalStateException("refused after writing");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(RequestCommits.any()).as("a transaction rolled back").isFalse();
            assertThat(n(1)).isZero();

            DB.jdbi().useTransaction(h -> lockAndBump(h, 1));
            assertThat(RequestCommits.any()).as("a committed transaction").isTrue();
        } finally {
            RequestCommits.begin();
        }
    }
}
