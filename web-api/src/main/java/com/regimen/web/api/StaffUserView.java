package com.regimen.web.api;

import com.regimen.core.identity.Role;
import com.regimen.core.staff.StaffUser;

import java.time.Instant;

/** A member of staff as other staff see them (never a password or its hash). */
public record StaffUserView(String tenantId, String id, String email, String name, Role role, boolean active,
                            Instant createdAt) {
    public static StaffUserView of(StaffUser user) {
        return new StaffUserView(user.tenantId(), user.id(), user.email(), user.name(), user.role(), user.active(),
                user.createdAt());
    }
}
