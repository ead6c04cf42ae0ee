package com.regimen.core.database;

import com.regimen.core.errors.DomainException;
import com.regimen.core.errors.ErrorKind;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.DelegatingTransactionHandler;
import org.jdbi.v3.core.transaction.TransactionHandler;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The one way every Regimen transaction runs: installed as the Jdbi's transaction handler, so every
 * {@code jdbi.inTransaction}/{@code useTransaction} of every service goes through it.
 *
 * <ul>
 *   <li>READ COMMITTED unless the caller names a level: locking reads see what the previous lock
 *       holder committed, and no gap locks are taken (two tenants receiving their first lots at
 *       the same moment deadlocked on the gap between their keys at REPEATABLE READ).</li>
 *   <li>When MariaDB picks the transaction as a deadlock victim (1213) or gives up waiting for a
 *       lock (1205), the whole transaction is rolled back and run again, a few times with a short
 *       random pause. A callback must therefore do nothing outside the database that it would
 *       regret doing twice (none does: Stripe and plugin calls happen outside transactions).</li>
 *   <li>When every attempt lost, 503 {@code DATABASE_BUSY} with {@code retryAfterSeconds}: nothing
 *       was written, and the client may simply retry.</li>
 *   <li>On a Galera cluster a transaction that lost certification to a write on another node gets the
 *       same 1213 at commit: the cluster rolled it back, so it is run again like a local deadlock.</li>
 *   <li>When the connection is lost before the commit is sent (a database node died), the server
 *       rolled the transaction back; it is run again on the same handle, whose connection a
 *       multi-host URL has meanwhile moved to another node. When the connection is lost during the
 *       commit, nobody knows whether it committed: 503 {@code COMMIT_OUTCOME_UNKNOWN}, never a retry
 *       here (it could write twice); the Idempotency-Key's claim is kept, so no retry elsewhere runs
 *       it twice either (docs/reliability.md, "Failover").</li>
 * </ul>
 * A transaction opened inside another is part of it and is not retried on its own: the outer one
 * is, from its start.
 */
public final class TransactionRetry extends DelegatingTransactionHandler {
    /** Attempts in all; the booking load needs at most two in practice, the rest is headroom. */
    public static final int ATTEMPTS = 5;
    private static final int DEADLOCK = 1213;
    private static final int LOCK_WAIT_TIMEOUT = 1205;
    public static final String COMMIT_OUTCOME_UNKNOWN = "COMMIT_OUTCOME_UNKNOWN";
    private static final Logger LOG = LoggerFactory.getLogger(TransactionRetry.class);

    private final int attempts;

    private TransactionRetry(TransactionHandler delegate, int attempts) {
        super(delegate);
        this.attempts = attempts;
    }

    /** Puts the retry around {@code jdbi}'s transaction handler; returns {@code jdbi}. */
    public static Jdbi install(Jdbi jdbi) {
        return install(jdbi, ATTEMPTS);
    }

    /** With another number of attempts (at least one), for tests of exhaustion. */
    public static Jdbi install(Jdbi jdbi, int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
        TransactionHandler current = jdbi.getTransactionHandler();
        TransactionHandler bare = current instanceof TransactionRetry retry ? retry.getDelegate() : current;
        jdbi.setTransactionHandler(new TransactionRetry(bare, attempts));
        return jdbi;
    }

    /** Whether MariaDB refused a statement because of another transaction's locks (and rolled it back or may). */
    public static boolean isLockConflict(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql
                    && (sql.getErrorCode() == DEADLOCK || sql.getErrorCode() == LOCK_WAIT_TIMEOUT)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the connection to the database broke (a node died or restarts): the server rolled back what was open. */
    public static boolean isConnectionLost(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (cause.getClass().getName().endsWith("CommunicationsException")) {
                return true;
            }
            for (Throwable suppressed : cause.getSuppressed()) {
                if (suppressed != cause && isConnectionLost(suppressed)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The connection broke while the commit was under way: it may or may not have been saved. */
    public static DomainException outcomeUnknown() {
        return new DomainException(ErrorKind.UNAVAILABLE, COMMIT_OUTCOME_UNKNOWN,
                "The connection to the database broke while the change was being saved, so it may or may not "
                        + "have been saved. Look before doing it again: a repeat with the same Idempotency-Key is "
                        + "refused, so it cannot happen twice.", List.of(), Map.of("retryAfterSeconds", 2));
    }

    /** What a transaction that lost every attempt answers: nothing was written, retry shortly. */
    public static DomainException busy() {
        return new DomainException(ErrorKind.UNAVAILABLE, "DATABASE_BUSY",
                "The database is busy with other changes to the same records. Nothing was changed; try again "
                        + "in a moment.", List.of(), Map.of("retryAfterSeconds", 1));
    }

    @Override
    public <R, X extends Exception> R inTransaction(Handle handle, HandleCallback<R, X> callback) throws X {
        return inTransaction(handle, TransactionIsolationLevel.READ_COMMITTED, callback);
    }

    @Override
    public <R, X extends Exception> R inTransaction(Handle handle, TransactionIsolationLevel level,
                                                    HandleCallback<R, X> callback) throws X {
        if (handle.isInTransaction()) {
            return getDelegate().inTransaction(handle, level, callback);
        }
        for (int attempt = 1; ; attempt++) {
            boolean[] committing = {false};
            HandleCallback<R, X> marked = h -> {
                R result = callback.withHandle(h);
                committing[0] = true;
                return result;
            };
            try {
                R result = getDelegate().inTransaction(handle, level, marked);
                RequestCommits.committed();
                return result;
            } catch (RuntimeException e) {
                boolean lockConflict = isLockConflict(e);
                boolean connectionLost = !lockConflict && isConnectionLost(e);
                if (connectionLost && committing[0]) {
                    LOG.warn("Connection lost during a commit; its outcome is unknown: {}", rootMessage(e));
                    throw outcomeUnknown();
                }
                if (!lockConflict && !connectionLost || connectionLost && !movedToAnotherHost(handle)) {
                    throw e;
                }
                if (attempt >= attempts) {
                    if (connectionLost) {
                        throw e;
                    }
                    LOG.warn("Transaction lost to other transactions' locks {} times; answering DATABASE_BUSY: {}",
                            attempts, rootMessage(e));
                    throw busy();
                }
                LOG.info("Transaction {} (attempt {} of {}), running it again: {}",
                        connectionLost ? "lost its connection before commit" : "lost to another's locks", attempt,
                        attempts, rootMessage(e));
                pause(attempt);
            }
        }
    }

    @Override
    public TransactionHandler specialize(Handle handle) throws SQLException {
        return new TransactionRetry(getDelegate().specialize(handle), attempts);
    }

    /**
     * Whether a handle whose connection broke can run the transaction again: only when a multi-host
     * URL's driver reconnected it elsewhere. On one host the connection stays closed, and the lost
     * database is answered as such (503 {@code DATABASE_UNAVAILABLE}).
     */
    private static boolean movedToAnotherHost(Handle handle) {
        try {
            return !handle.isInTransaction() && handle.getConnection().isValid(2);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    /** A short random pause, longer each time, so the transactions that collided do not collide again. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 10L * attempt + 2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        }
    }

    /** The driver's message only: it names the lock problem, never bound values. */
    private static String rootMessage(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql.getErrorCode() + " " + sql.getMessage();
            }
        }
        return e.getClass().getSimpleName();
    }
}
