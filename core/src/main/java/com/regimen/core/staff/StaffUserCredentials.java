package com.regimen.core.staff;

import com.regimen.core.identity.Role;

/** The row a sign-in checks a password against. */
public record StaffUserCredentials(String tenantId, String id, String email, Role role, String passwordHash,
                                   boolean active, boolean passwordChangeRequired) {
}
