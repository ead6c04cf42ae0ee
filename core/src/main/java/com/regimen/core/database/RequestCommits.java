package com.regimen.core.database;

/**
 * Whether a transaction has committed on this thread since the request it serves began.
 *
 * <p>Why: a request that saved its change and then lost the database while reading back its answer
 * (a booking's view reads the clinical state after the commit) must not say "nothing was changed":
 * the client would repeat a booking that exists, or a payment that was taken, and a released
 * Idempotency-Key would let the repeat through. With this, such a request answers 503
 * {@code COMMIT_OUTCOME_UNKNOWN} instead, and its key stays claimed (docs/reliability.md).
 *
 * <p>{@link TransactionRetry}, the one way every Regimen transaction runs, marks each commit; the web
 * layer clears the mark when a request begins. Autocommitted single statements (the idempotency
 * claim) are not marked: they are bookkeeping, not the request's change.
 */
public final class RequestCommits {
    private static final ThreadLocal<Boolean> COMMITTED = ThreadLocal.withInitial(() -> Boolean.FALSE);

    private RequestCommits() {
    }

    /** A request begins on this thread: nothing it did is committed yet. */
    public static void begin() {
        COMMITTED.set(Boolean.FALSE);
    }

    /** Called by {@link TransactionRetry} when a transaction of this thread committed. */
    public static void committed() {
        COMMITTED.set(Boolean.TRUE);
    }

    /** Whether a transaction committed on this thread since {@link #begin}. */
    public static boolean any() {
        return COMMITTED.get();
    }
}
