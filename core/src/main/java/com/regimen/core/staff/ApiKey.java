package com.regimen.core.staff;

import com.regimen.core.identity.Role;

import java.time.Instant;

/** An integration's API key as its owner sees it later: never the secret, only its last four characters. */
public record ApiKey(String tenantId, String id, String name, Role role, String lastFour, String createdBy,
                     Instant createdAt, Instant revokedAt) {
}
