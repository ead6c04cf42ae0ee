package com.regimen.core.idempotency;

/** What to do with a request that carries an Idempotency-Key. */
public sealed interface IdempotencyOutcome {

    /** First time this key is seen: run the request, then {@link IdempotencyKeys#complete} or release it. */
    record Proceed() implements IdempotencyOutcome {
    }

    /** Seen and finished: answer what was answered then. */
    record Replay(int status, String body) implements IdempotencyOutcome {
    }

    /** Seen with another request under the same key. */
    record KeyReused() implements IdempotencyOutcome {
    }

    /** The first request with this key is still running. */
    record InProgress() implements IdempotencyOutcome {
    }
}
