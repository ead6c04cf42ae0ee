package com.regimen.core.staff;

import com.regimen.core.errors.DomainException;
import com.regimen.core.errors.ErrorKind;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Bounds how many password hashes run at once. Each Argon2 hash holds about 19 MiB, so without a
 * bound a burst of sign-ins (even with garbage credentials) fills the heap. A caller waits its turn
 * briefly, then is told to come back: 503 SIGN_IN_BUSY with Retry-After.
 */
public final class HashingGate {
    private static final long RETRY_AFTER_SECONDS = 1;

    private final Semaphore permits;
    private final int maxConcurrent;
    private final Duration maxWait;
    private final AtomicLong computed = new AtomicLong();

    public HashingGate(int maxConcurrent, Duration maxWait) {
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("at least one hash must be allowed at a time: " + maxConcurrent);
        }
        this.permits = new Semaphore(maxConcurrent, true);
        this.maxConcurrent = maxConcurrent;
        this.maxWait = maxWait;
    }

    /** One hash at a time per caller; 8 at once is about 150 MiB, so 4 suits a 256 MiB heap. */
    public static HashingGate standard() {
        return new HashingGate(4, Duration.ofSeconds(1));
    }

    public <T> T run(Supplier<T> hashing) {
        boolean admitted;
        try {
            admitted = permits.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            throw busy();
        }
        try {
            computed.incrementAndGet();
            return hashing.get();
        } finally {
            permits.release();
        }
    }

    /** How many hashes this gate has let through since start; for metrics and tests. */
    public long computed() {
        return computed.get();
    }

    public int maxConcurrent() {
        return maxConcurrent;
    }

    private static DomainException busy() {
        return new DomainException(ErrorKind.UNAVAILABLE, "SIGN_IN_BUSY",
                "Too many sign-ins are being checked right now. Try again in a moment.", List.of(),
                Map.of("retryAfterSeconds", RETRY_AFTER_SECONDS));
    }
}
