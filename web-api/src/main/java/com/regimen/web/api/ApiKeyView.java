package com.regimen.web.api;

import com.regimen.core.identity.Role;
import com.regimen.core.staff.ApiKey;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/** An API key as listed: never the secret. {@code secret} is set only in the answer that creates it. */
public record ApiKeyView(String id, String name, Role role, String lastFour, String createdBy, Instant createdAt,
                         @Schema(nullable = true) Instant revokedAt,
                         @Schema(nullable = true) String secret) implements ShownOnce {
    public static ApiKeyView of(ApiKey key, String secret) {
        return new ApiKeyView(key.id(), key.name(), key.role(), key.lastFour(), key.createdBy(), key.createdAt(),
                key.revokedAt(), secret);
    }

    @Override
    public ApiKeyView withoutSecret() {
        return new ApiKeyView(id, name, role, lastFour, createdBy, createdAt, revokedAt, null);
    }

    @Override
    public String toString() {
        return "ApiKeyView[id=" + id + ", lastFour=" + lastFour + "]";
    }
}
