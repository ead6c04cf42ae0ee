package com.regimen.core.tenancy;

import com.regimen.core.errors.DomainException;
import com.regimen.core.errors.ErrorKind;
import com.regimen.core.staff.LoginThrottleDao;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Limits sign-ups per client address: each one hashes a password and makes a tenant, so an
 * unauthenticated client must not be able to make them without end. Counted in the database (the
 * login throttle's table, under a reserved platform tenant id no clinic chain can have) so every
 * node behind a load balancer counts the same sign-ups.
 */
public final class SignupThrottle {
    /** No tenant is ever given this id: {@code Ids} makes UUIDv7s, and this is the nil UUID. */
    static final String PLATFORM = "00000000-0000-0000-0000-000000000000";

    private final Jdbi jdbi;
    private final Clock clock;
    private final Policy policy;

    /** At most {@code limit} sign-ups from one address within {@code window}. */
    public record Policy(int limit, Duration window) {
        public static Policy standard() {
            return new Policy(10, Duration.ofHours(1));
        }
    }

    public SignupThrottle(Jdbi jdbi, Clock clock, Policy policy) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.policy = policy;
    }

    /**
     * Counts one sign-up attempt from {@code address}; refuses it while the address is over its limit.
     *
     * @param address the client's address; null when unknown (then nothing is counted)
     * @throws DomainException 429 SIGNUP_RATE_LIMITED with retryAfterSeconds
     */
    public void admit(String address) {
        if (address == null) {
            return;
        }
        String subject = "signup-address:" + address;
        Instant now = clock.instant();
        Optional<Instant> lockedUntil = jdbi.inTransaction(handle -> {
            LoginThrottleDao dao = handle.attach(LoginThrottleDao.class);
            Optional<Instant> until = dao.lockedUntil(PLATFORM, subject, now);
            if (until.isPresent()) {
                return until;
            }
            dao.countFailure(PLATFORM, subject, now, now.minus(policy.window()));
            // The limit-th sign-up is let through and locks the address until its window ends.
            dao.lockIfOver(PLATFORM, subject, policy.limit(), now.plus(policy.window()));
            return Optional.<Instant>empty();
        });
        if (lockedUntil.isPresent()) {
            long retryAfter = Math.max(1, Duration.between(now, lockedUntil.get()).toSeconds());
            throw new DomainException(ErrorKind.RATE_LIMITED, "SIGNUP_RATE_LIMITED",
                    "Too many sign-ups from this address. Try again in " + retryAfter + " seconds.", List.of(),
                    Map.of("retryAfterSeconds", retryAfter));
        }
    }
}
