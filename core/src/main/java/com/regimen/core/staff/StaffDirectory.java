package com.regimen.core.staff;

import com.regimen.core.identity.Role;
import com.regimen.core.identity.ActorType;
import com.regimen.core.identity.StaffIdentity;

import com.regimen.core.audit.AuditTrail;
import com.regimen.core.errors.DomainException;
import com.regimen.core.errors.ErrorKind;
import com.regimen.core.ids.Ids;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.util.Map;

/** The clinic chain's staff accounts. */
public final class StaffDirectory {
    private final Jdbi jdbi;
    private final Clock clock;
    private final PasswordHasher hasher;
    private final AuditTrail audit;

    public StaffDirectory(Jdbi jdbi, Clock clock, PasswordHasher hasher, AuditTrail audit) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.hasher = hasher;
        this.audit = audit;
    }

    /**
     * Adds a member of staff with a password the adder chose. Only an owner may make another owner.
     * Unless the request says otherwise, the member must choose their own at their first sign-in, as
     * after an invitation: a password someone else knows is not theirs.
     */
    public StaffUser add(StaffIdentity actor, NewStaffUser request) {
        if (request.role() == Role.OWNER && actor.role() != Role.OWNER) {
            throw new DomainException(ErrorKind.FORBIDDEN, "FORBIDDEN", "Only an owner may add another owner.");
        }
        String email = EmailAddresses.normalize("email", request.email());
        PasswordPolicy.check("password", request.password());
        String passwordHash = hasher.hash(request.password());
        return jdbi.inTransaction(handle -> {
            StaffUser user = insert(handle, actor.tenantId(), email, request.name().strip(), request.role(), passwordHash);
            if (request.passwordChangeRequired()) {
                handle.attach(StaffUserDao.class).setPasswordChangeRequired(actor.tenantId(), user.id(), true);
            }
            audit.record(handle, actor, "staff_user.created", "staff_user", user.id(), Map.of("role", user.role(),
                    "passwordChangeRequired", request.passwordChangeRequired()));
            return user;
        });
    }

    /** An invited member and the temporary password to hand them, in this answer only (stored hashed). */
    public record Invitation(StaffUser user, String temporaryPassword) {
        @Override
        public String toString() {
            return "Invitation[user=" + user.id() + "]";
        }
    }

    /**
     * Adds a member of staff with a random temporary password, shown to the inviter once; the member
     * signs in with it and must choose their own before anything else.
     */
    public Invitation invite(StaffIdentity actor, String email, String name, Role role) {
        if (role == Role.OWNER && actor.role() != Role.OWNER) {
            throw new DomainException(ErrorKind.FORBIDDEN, "FORBIDDEN", "Only an owner may add another owner.");
        }
        String normalized = EmailAddresses.normalize("email", email);
        String temporary = TemporaryPasswords.generate();
        String passwordHash = hasher.hash(temporary);
        return jdbi.inTransaction(handle -> {
            StaffUser user = insert(handle, actor.tenantId(), normalized, name.strip(), role, passwordHash);
            handle.attach(StaffUserDao.class).setPasswordChangeRequired(actor.tenantId(), user.id(), true);
            audit.record(handle, actor, "staff_user.invited", "staff_user", user.id(), Map.of("role", user.role()));
            return new Invitation(user, temporary);
        });
    }

    /** The signed-in member of staff; an API key is no one's account. */
    public StaffUser me(StaffIdentity identity) {
        if (identity.actorType() != ActorType.USER) {
            throw new DomainException(ErrorKind.UNPROCESSABLE, "NOT_A_USER",
                    "This request was made with an API key, which belongs to no member of staff.");
        }
        return get(identity, identity.actorId());
    }

    public StaffUser get(StaffIdentity reader, String userId) {
        return jdbi.withExtension(StaffUserDao.class, dao -> dao.find(reader.tenantId(), userId))
                .orElseThrow(() -> DomainException.notFound("Staff user"));
    }

    /** Inserts inside the caller's transaction; used by signup for the owner too. */
    public StaffUser insert(Handle handle, String tenantId, String email, String name, Role role, String passwordHash) {
        StaffUser user = new StaffUser(tenantId, Ids.newId(), email, name, role, true, clock.instant());
        if (handle.attach(StaffUserDao.class).insert(user, passwordHash) == 0) {
            throw new DomainException(ErrorKind.CONFLICT, "EMAIL_TAKEN",
                    "A member of staff with that email already exists.");
        }
        return user;
    }

    /** Hashing is slow on purpose; do it before opening a transaction. */
    public String hashPassword(String password) {
        return hasher.hash(password);
    }
}
