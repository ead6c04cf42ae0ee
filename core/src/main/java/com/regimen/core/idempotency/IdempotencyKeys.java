package com.regimen.core.idempotency;

import com.regimen.core.errors.DomainException;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Stripe-style idempotency: a client that retries a creating or charging POST with the same
 * Idempotency-Key gets the first answer again instead of a second booking or charge. Keys are
 * kept per tenant in the database for 24 hours, so a retry that reaches another node is caught too.
 */
public final class IdempotencyKeys {
    public static final Duration RETENTION = Duration.ofHours(24);
    public static final int MAX_KEY_LENGTH = 255;

    private final Jdbi jdbi;
    private final Clock clock;

    public IdempotencyKeys(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public static void checkKey(String key) {
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw DomainException.invalid("Idempotency-Key",
                    "must be 1 to " + MAX_KEY_LENGTH + " printable ASCII characters");
        }
    }

    /**
     * @param scope       the tenant, or "-" for unauthenticated requests such as signup
     * @param requestHash a fingerprint of method, path and body
     */
    public IdempotencyOutcome begin(String scope, String key, String requestHash) {
        checkKey(key);
        // Each statement commits on its own: a DELETE and an INSERT of the same key in one
        // transaction take gap locks that deadlock against a concurrent retry.
        return jdbi.withExtension(IdempotencyDao.class, dao -> {
            Instant now = clock.instant();
            if (dao.claim(scope, key, requestHash, now) == 1) {
                return new IdempotencyOutcome.Proceed();
            }
            if (dao.deleteExpired(scope, key, now.minus(RETENTION)) == 1
                    && dao.claim(scope, key, requestHash, now) == 1) {
                return new IdempotencyOutcome.Proceed();
            }
            return dao.find(scope, key)
                    .<IdempotencyOutcome>map(stored -> {
                        if (!stored.requestHash().equals(requestHash)) {
                            return new IdempotencyOutcome.KeyReused();
                        }
                        if ("COMPLETE".equals(stored.state())) {
                            return new IdempotencyOutcome.Replay(stored.responseStatus(), stored.responseBody());
                        }
                        return new IdempotencyOutcome.InProgress();
                    })
                    // Released between our claim and our read: the client may simply retry.
                    .orElseGet(IdempotencyOutcome.InProgress::new);
        });
    }

    public void complete(String scope, String key, int status, String body) {
        jdbi.useExtension(IdempotencyDao.class, dao -> dao.complete(scope, key, status, body));
    }

    /** Forgets a claim whose request failed on our side, so a retry runs it afresh. */
    public void release(String scope, String key) {
        jdbi.useExtension(IdempotencyDao.class, dao -> dao.release(scope, key));
    }
}
