package com.regimen.core.staff;

import com.regimen.core.identity.ActorType;
import com.regimen.core.identity.StaffIdentity;

import com.regimen.core.audit.AuditTrail;
import com.regimen.core.errors.DomainException;
import com.regimen.core.errors.ErrorKind;
import com.regimen.core.ids.Ids;
import org.jdbi.v3.core.Jdbi;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/** Staff sign in with tenant, email and password, and get a session token; they sign out by revoking it. */
public final class StaffSignIn {
    private final Jdbi jdbi;
    private final Clock clock;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final AuditTrail audit;
    private final Duration sessionLifetime;

    public StaffSignIn(Jdbi jdbi, Clock clock, PasswordHasher hasher, LoginThrottle throttle, AuditTrail audit,
                       Duration sessionLifetime) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.hasher = hasher;
        this.throttle = throttle;
        this.audit = audit;
        this.sessionLifetime = sessionLifetime;
    }

    /**
     * Malformed input is refused before any hashing: hashes are the scarce resource (memory), and a
     * tenant id that cannot exist or an email that cannot be one reveals nothing when refused fast.
     *
     * @param address the client's network address, for throttling; null when unknown
     * @throws DomainException 401 INVALID_CREDENTIALS, the same whether or not the email exists;
     *                         429 TOO_MANY_ATTEMPTS while locked out; 503 SIGN_IN_BUSY when too many
     *                         passwords are being checked at once
     */
    public SessionGrant signIn(String tenantId, String email, String password, String address) {
        if (!Ids.looksLikeId(tenantId) || password == null || password.length() > PasswordPolicy.MAX_LENGTH) {
            throw invalidCredentials();
        }
        String normalizedEmail;
        try {
            normalizedEmail = EmailAddresses.normalize("email", email);
        } catch (DomainException notAnEmail) {
            throw invalidCredentials();
        }
        Optional<StaffUserCredentials> found = jdbi.withExtension(StaffUserDao.class,
                dao -> dao.findCredentials(tenantId, normalizedEmail));
        String account = accountOf(found, normalizedEmail);
        throttle.checkAllowed(tenantId, account, address);

        boolean verified;
        if (found.isPresent()) {
            verified = hasher.verify(password, found.get().passwordHash()) && found.get().active();
        } else {
            hasher.verifyDecoy(password);
            verified = false;
        }
        if (!verified) {
            throttle.recordFailure(tenantId, account, address);
            throw invalidCredentials();
        }
        throttle.recordSuccess(tenantId, account);

        StaffUserCredentials user = found.get();
        SecretToken token = SecretToken.generate(SecretToken.SESSION, tenantId);
        Instant now = clock.instant();
        Instant expiresAt = now.plus(sessionLifetime);
        String sessionId = Ids.newId();
        jdbi.useTransaction(handle -> {
            handle.attach(StaffSessionDao.class).insert(tenantId, sessionId, user.id(), token.hash(), now, expiresAt);
            audit.record(handle, tenantId, ActorType.USER, user.id(), "session.created", "staff_session", sessionId,
                    Map.of("expiresAt", expiresAt.toString()));
        });
        return new SessionGrant(token.value(), expiresAt, user.role(), user.id(), user.passwordChangeRequired());
    }

    /** Revokes the session the request came through; later requests with its token get 401. */
    public void signOut(StaffIdentity identity) {
        if (identity.sessionId() == null) {
            throw new DomainException(ErrorKind.UNPROCESSABLE, "NOT_A_SESSION",
                    "This request was made with an API key, not a session; revoke API keys at /v1/api-keys.");
        }
        jdbi.useTransaction(handle -> {
            handle.attach(StaffSessionDao.class).revoke(identity.tenantId(), identity.sessionId(), clock.instant());
            audit.record(handle, identity, "session.revoked", "staff_session", identity.sessionId(), Map.of());
        });
    }

    /**
     * What failures are counted against: the account the database matched (its lookup ignores case
     * and accents, so every spelling that signs in to it counts here), else a digest of the
     * address's canonical spelling, so look-alikes of an unknown address count together too.
     */
    static String accountOf(Optional<StaffUserCredentials> found, String email) {
        if (found.isPresent()) {
            return "user:" + found.get().id();
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(EmailAddresses.canonical(email).getBytes(StandardCharsets.UTF_8));
            return "email:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static DomainException invalidCredentials() {
        return new DomainException(ErrorKind.UNAUTHENTICATED, "INVALID_CREDENTIALS",
                "The tenant, email or password is not right.");
    }
}
