package com.regimen.web.api;

import com.regimen.core.identity.Role;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

public record SessionResponse(@Schema(nullable = true) String token, Instant expiresAt, Role role, String userId,
                              @Schema(description = "True when someone else chose the password (an invitation or a "
                                      + "reset): until PUT /v1/users/me/password, the session may only change it or "
                                      + "sign out (403 PASSWORD_CHANGE_REQUIRED)") boolean passwordChangeRequired) {
    @Override
    public String toString() {
        return "SessionResponse[expiresAt=" + expiresAt + ", role=" + role + "]";
    }
}
