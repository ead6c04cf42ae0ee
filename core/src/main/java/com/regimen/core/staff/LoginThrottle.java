package com.regimen.core.staff;

import com.regimen.core.errors.DomainException;
import com.regimen.core.errors.ErrorKind;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Slows password guessing: too many failed sign-ins for one account, or from one address, within
 * a window lock that account or address out for a while. State lives in the database so every
 * node behind a load balancer counts the same failures.
 *
 * <p>The account is the one the typed address resolves to ({@link StaffSignIn} names it), so
 * look-alike spellings count against the same account. An address's limit is weighted by account:
 * it counts the accounts that failed from it (each once per window), not the attempts, so staff who
 * mistype their passwords lock out their own accounts, not every colleague behind the clinic's
 * shared address; an address that guesses at many accounts is still locked out.
 */
public final class LoginThrottle {
    private final Jdbi jdbi;
    private final Clock clock;
    private final Policy policy;

    /** How many failures, within what window, lock a subject out for how long. */
    public record Policy(int accountLimit, int addressLimit, Duration window, Duration lockout) {
        public static Policy standard() {
            return new Policy(5, 30, Duration.ofMinutes(15), Duration.ofMinutes(15));
        }
    }

    public LoginThrottle(Jdbi jdbi, Clock clock, Policy policy) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.policy = policy;
    }

    /**
     * Refuses with 429 TOO_MANY_ATTEMPTS while the account or the address is locked out.
     *
     * @param account the account the attempt is for, as {@link StaffSignIn} resolves it
     */
    public void checkAllowed(String tenantId, String account, String address) {
        Instant now = clock.instant();
        Optional<Instant> until = jdbi.withExtension(LoginThrottleDao.class, dao -> subjects(account, address).stream()
                .map(subject -> dao.lockedUntil(tenantId, subject, now))
                .flatMap(Optional::stream)
                .max(Instant::compareTo));
        if (until.isPresent()) {
            long retryAfter = Math.max(1, Duration.between(now, until.get()).toSeconds());
            throw new DomainException(ErrorKind.RATE_LIMITED, "TOO_MANY_ATTEMPTS",
                    "Too many failed sign-ins. Try again in " + retryAfter + " seconds.", List.of(),
                    Map.of("retryAfterSeconds", retryAfter));
        }
    }

    public void recordFailure(String tenantId, String account, String address) {
        Instant now = clock.instant();
        Instant windowStart = now.minus(policy.window());
        jdbi.useTransaction(handle -> {
            LoginThrottleDao dao = handle.attach(LoginThrottleDao.class);
            String accountSubject = accountSubject(account);
            dao.countFailure(tenantId, accountSubject, now, windowStart);
            dao.lockIfOver(tenantId, accountSubject, policy.accountLimit(), now.plus(policy.lockout()));
            int accountFailures = dao.failures(tenantId, accountSubject).orElse(0);
            if (address != null && accountFailures == 1) {
                String addr = addressSubject(address);
                dao.countFailure(tenantId, addr, now, windowStart);
                dao.lockIfOver(tenantId, addr, policy.addressLimit(), now.plus(policy.lockout()));
            }
        });
    }

    /** A successful sign-in forgives the account's failures (not the address's: one may guess many accounts). */
    public void recordSuccess(String tenantId, String account) {
        jdbi.useExtension(LoginThrottleDao.class, dao -> dao.clear(tenantId, accountSubject(account)));
    }

    private static List<String> subjects(String account, String address) {
        return address == null ? List.of(accountSubject(account))
                : List.of(accountSubject(account), addressSubject(address));
    }

    private static String accountSubject(String account) {
        return "account:" + account;
    }

    private static String addressSubject(String address) {
        return "address:" + address;
    }
}
