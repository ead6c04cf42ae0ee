package com.regimen.core.staff;

import com.regimen.core.audit.AuditTrail;
import com.regimen.core.errors.DomainException;
import com.regimen.core.errors.ErrorKind;
import com.regimen.core.identity.ActorType;
import com.regimen.core.identity.Role;
import com.regimen.core.identity.StaffIdentity;
import com.regimen.core.paging.Page;
import com.regimen.core.paging.PageRequest;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What an owner or manager does to other staff's access: list them, change a role, deactivate,
 * reset a password, revoke sessions. Cutting someone off is one transaction: the account, every
 * live session and every API key they made stop together, so a departed employee has no way back
 * in by any credential they held. The rules of who may do what to whom live in {@link StaffAuthority}.
 */
public final class StaffAccess {
    private final Jdbi jdbi;
    private final Clock clock;
    private final PasswordHasher hasher;
    private final AuditTrail audit;

    public StaffAccess(Jdbi jdbi, Clock clock, PasswordHasher hasher, AuditTrail audit) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.hasher = hasher;
        this.audit = audit;
    }

    /** What one member's deactivation or session revocation cut off. */
    public record Cutoff(StaffUser user, int sessionsRevoked, int apiKeysRevoked) {
    }

    /** A new password for someone else, shown to the owner or manager once and stored only hashed. */
    public record PasswordReset(StaffUser user, String temporaryPassword, int sessionsRevoked) {
        @Override
        public String toString() {
            return "PasswordReset[user=" + user.id() + "]";
        }
    }

    public Page<StaffUser> list(StaffIdentity reader, PageRequest page) {
        List<StaffUser> rows = jdbi.withExtension(StaffUserDao.class,
                dao -> dao.list(reader.tenantId(), page.afterId(), page.fetchSize()));
        return Page.of(rows, page, StaffUser::id);
    }

    /** The role applies to their very next request: sessions read the role from the account each time. */
    public StaffUser changeRole(StaffIdentity actor, String userId, Role role) {
        if (role == null) {
            throw DomainException.invalid("role", "is required");
        }
        return jdbi.inTransaction(handle -> {
            StaffUserDao dao = handle.attach(StaffUserDao.class);
            List<String> owners = dao.lockActiveOwners(actor.tenantId());
            StaffUser target = lockTarget(dao, actor, userId);
            StaffAuthority.mayChangeRole(actor, target, role);
            if (target.role() == role) {
                return target;
            }
            StaffAuthority.keepsAnOwner(owners, target, role == Role.OWNER);
            dao.changeRole(actor.tenantId(), userId, role);
            audit.record(handle, actor, "staff_user.role_changed", "staff_user", userId,
                    Map.of("from", target.role(), "to", role));
            return dao.find(actor.tenantId(), userId).orElseThrow();
        });
    }

    /**
     * Deactivates the account and, in the same transaction, revokes every live session and every
     * API key they made. Deactivating an inactive account again changes nothing.
     */
    public Cutoff deactivate(StaffIdentity actor, String userId) {
        return jdbi.inTransaction(handle -> {
            StaffUserDao dao = handle.attach(StaffUserDao.class);
            List<String> owners = dao.lockActiveOwners(actor.tenantId());
            StaffUser target = lockTarget(dao, actor, userId);
            StaffAuthority.mayManage(actor, target);
            if (target.active()) {
                StaffAuthority.keepsAnOwner(owners, target, false);
                dao.setActive(actor.tenantId(), userId, false);
            }
            Instant now = clock.instant();
            int sessions = handle.attach(StaffSessionDao.class).revokeAllOf(actor.tenantId(), userId, now);
            int keys = handle.attach(ApiKeyDao.class).revokeAllCreatedBy(actor.tenantId(), userId, now);
            if (target.active() || sessions > 0 || keys > 0) {
                audit.record(handle, actor, "staff_user.deactivated", "staff_user", userId,
                        Map.of("sessionsRevoked", sessions, "apiKeysRevoked", keys));
            }
            return new Cutoff(dao.find(actor.tenantId(), userId).orElseThrow(), sessions, keys);
        });
    }

    /** Lets a deactivated member sign in again; their old sessions and keys stay revoked. */
    public StaffUser reactivate(StaffIdentity actor, String userId) {
        return jdbi.inTransaction(handle -> {
            StaffUserDao dao = handle.attach(StaffUserDao.class);
            StaffUser target = lockTarget(dao, actor, userId);
            StaffAuthority.mayManage(actor, target);
            if (!target.active()) {
                dao.setActive(actor.tenantId(), userId, true);
                audit.record(handle, actor, "staff_user.reactivated", "staff_user", userId, Map.of());
            }
            return dao.find(actor.tenantId(), userId).orElseThrow();
        });
    }

    /** Signs the member out everywhere; the account stays active. */
    public Cutoff revokeSessions(StaffIdentity actor, String userId) {
        return jdbi.inTransaction(handle -> {
            StaffUserDao dao = handle.attach(StaffUserDao.class);
            StaffUser target = lockTarget(dao, actor, userId);
            StaffAuthority.mayManage(actor, target);
            int sessions = handle.attach(StaffSessionDao.class).revokeAllOf(actor.tenantId(), userId, clock.instant());
            audit.record(handle, actor, "staff_user.sessions_revoked", "staff_user", userId,
                    Map.of("sessionsRevoked", sessions));
            return new Cutoff(target, sessions, 0);
        });
    }

    /**
     * Replaces a forgotten password with a random temporary one, answered once, and signs the member
     * out everywhere. They sign in with it and choose their own ({@link #changeOwnPassword}).
     */
    public PasswordReset resetPassword(StaffIdentity actor, String userId) {
        StaffUser before = jdbi.withExtension(StaffUserDao.class, dao -> dao.find(actor.tenantId(), userId))
                .orElseThrow(() -> DomainException.notFound("Staff user"));
        StaffAuthority.mayManage(actor, before);
        String temporary = TemporaryPasswords.generate();
        String hash = hasher.hash(temporary);
        return jdbi.inTransaction(handle -> {
            StaffUserDao dao = handle.attach(StaffUserDao.class);
            StaffUser target = lockTarget(dao, actor, userId);
            StaffAuthority.mayManage(actor, target);
            dao.setPasswordHash(actor.tenantId(), userId, hash);
            dao.setPasswordChangeRequired(actor.tenantId(), userId, true);
            int sessions = handle.attach(StaffSessionDao.class).revokeAllOf(actor.tenantId(), userId, clock.instant());
            audit.record(handle, actor, "staff_user.password_reset", "staff_user", userId,
                    Map.of("sessionsRevoked", sessions));
            return new PasswordReset(target, temporary, sessions);
        });
    }

    /**
     * A signed-in member changes their own password: the current one must be right (401
     * INVALID_CREDENTIALS otherwise), and every other session of theirs is revoked.
     */
    public StaffUser changeOwnPassword(StaffIdentity actor, String currentPassword, String newPassword) {
        if (actor.actorType() != ActorType.USER) {
            throw new DomainException(ErrorKind.UNPROCESSABLE, "NOT_A_USER",
                    "This request was made with an API key, which belongs to no member of staff.");
        }
        PasswordPolicy.check("newPassword", newPassword);
        if (newPassword.equals(currentPassword)) {
            throw DomainException.invalid("newPassword", "must differ from the current password");
        }
        String stored = jdbi.withExtension(StaffUserDao.class, dao -> dao.passwordHash(actor.tenantId(),
                actor.actorId())).orElseThrow(() -> DomainException.notFound("Staff user"));
        if (currentPassword == null || currentPassword.length() > PasswordPolicy.MAX_LENGTH
                || !hasher.verify(currentPassword, stored)) {
            throw new DomainException(ErrorKind.UNAUTHENTICATED, "INVALID_CREDENTIALS",
                    "The current password is not right.");
        }
        String hash = hasher.hash(newPassword);
        return jdbi.inTransaction(handle -> {
            StaffUserDao dao = handle.attach(StaffUserDao.class);
            dao.setPasswordHash(actor.tenantId(), actor.actorId(), hash);
            dao.setPasswordChangeRequired(actor.tenantId(), actor.actorId(), false);
            int others = handle.attach(StaffSessionDao.class).revokeOthersOf(actor.tenantId(), actor.actorId(),
                    actor.sessionId(), clock.instant());
            audit.record(handle, actor, "staff_user.password_changed", "staff_user", actor.actorId(),
                    Map.of("otherSessionsRevoked", others));
            return dao.find(actor.tenantId(), actor.actorId()).orElseThrow();
        });
    }

    private static StaffUser lockTarget(StaffUserDao dao, StaffIdentity actor, String userId) {
        return dao.lock(actor.tenantId(), userId).orElseThrow(() -> DomainException.notFound("Staff user"));
    }

    /** Live sessions and live API keys of one member: what the office shows beside their name. */
    public record Credentials(int liveSessions, int liveApiKeys) {
    }

    public Credentials credentials(StaffIdentity reader, String userId) {
        return jdbi.withHandle(handle -> {
            handle.attach(StaffUserDao.class).find(reader.tenantId(), userId)
                    .orElseThrow(() -> DomainException.notFound("Staff user"));
            return countCredentials(handle, reader.tenantId(), userId, clock.instant());
        });
    }

    static Credentials countCredentials(Handle handle, String tenantId, String userId, Instant now) {
        return new Credentials(handle.attach(StaffSessionDao.class).countLive(tenantId, userId, now),
                handle.attach(ApiKeyDao.class).countLiveCreatedBy(tenantId, userId));
    }
}
