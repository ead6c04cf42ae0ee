package com.regimen.core.staff;

import com.regimen.core.identity.Role;

import java.time.Instant;

/**
 * What a successful sign-in hands back; the token is shown this once. With {@code passwordChangeRequired}
 * the session may only change the password or sign out until the member has chosen their own.
 */
public record SessionGrant(String token, Instant expiresAt, Role role, String userId, boolean passwordChangeRequired) {
    @Override
    public String toString() {
        return "SessionGrant[expiresAt=" + expiresAt + ", role=" + role + ", userId=" + userId + "]";
    }
}
