package com.regimen.web.api;

import com.regimen.core.identity.Role;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

public record SessionResponse(@Schema(nullable = true) String token, Instant expiresAt, Role role, String userId) {
    @Override
    public String toString() {
        return "SessionResponse[expiresAt=" + expiresAt + ", role=" + role + "]";
    }
}
