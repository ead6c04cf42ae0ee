package com.regimen.web.api;

import com.regimen.core.identity.Role;

import java.time.Instant;

public record SessionResponse(String token, Instant expiresAt, Role role, String userId) {
    @Override
    public String toString() {
        return "SessionResponse[expiresAt=" + expiresAt + ", role=" + role + "]";
    }
}
