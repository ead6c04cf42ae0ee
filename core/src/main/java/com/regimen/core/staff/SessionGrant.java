package com.regimen.core.staff;

import com.regimen.core.identity.Role;

import java.time.Instant;

/** What a successful sign-in hands back; the token is shown this once. */
public record SessionGrant(String token, Instant expiresAt, Role role, String userId) {
    @Override
    public String toString() {
        return "SessionGrant[expiresAt=" + expiresAt + ", role=" + role + ", userId=" + userId + "]";
    }
}
