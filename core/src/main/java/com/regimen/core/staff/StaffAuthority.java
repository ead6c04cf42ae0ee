package com.regimen.core.staff;

import com.regimen.core.errors.DomainException;
import com.regimen.core.errors.ErrorKind;
import com.regimen.core.identity.Role;
import com.regimen.core.identity.StaffIdentity;

import java.util.List;

/**
 * Who may change whose access. Owners may change anyone; a manager may change managers, front desk
 * and practitioners, but never an owner and never make one. No change may leave a chain without an
 * active owner, or nobody could manage its staff again.
 */
final class StaffAuthority {
    private StaffAuthority() {
    }

    static void mayManage(StaffIdentity actor, StaffUser target) {
        if (target.role() == Role.OWNER && actor.role() != Role.OWNER) {
            throw new DomainException(ErrorKind.FORBIDDEN, "FORBIDDEN", "Only an owner may change an owner's access.");
        }
    }

    static void mayChangeRole(StaffIdentity actor, StaffUser target, Role role) {
        mayManage(actor, target);
        if (role == Role.OWNER && actor.role() != Role.OWNER) {
            throw new DomainException(ErrorKind.FORBIDDEN, "FORBIDDEN", "Only an owner may make another owner.");
        }
    }

    /**
     * @param activeOwners the tenant's active owners, locked
     * @param staysOwner   whether the target is still an active owner after the change
     */
    static void keepsAnOwner(List<String> activeOwners, StaffUser target, boolean staysOwner) {
        boolean removesOwner = activeOwners.contains(target.id()) && !staysOwner;
        if (removesOwner && activeOwners.size() == 1) {
            throw new DomainException(ErrorKind.CONFLICT, "LAST_OWNER",
                    "This is the chain's only active owner; make someone else an owner first.");
        }
    }
}
