package com.regimen.core.staff;

/** The row a sign-in checks a password against. */
public record StaffUserCredentials(String tenantId, String id, String email, Role role, String passwordHash,
                                   boolean active) {
}
