package com.regimen.core.staff;

import com.regimen.core.identity.Role;

import java.time.Instant;

/** A member of a clinic chain's staff, as other staff see them (never the password hash). */
public record StaffUser(String tenantId, String id, String email, String name, Role role, boolean active,
                        Instant createdAt) {
}
