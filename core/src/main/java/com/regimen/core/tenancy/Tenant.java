package com.regimen.core.tenancy;

import java.time.Instant;

/** A clinic chain: the unit of isolation. Nothing of one tenant is ever visible to another. */
public record Tenant(String tenantId, String name, String currency, String locale, Instant createdAt) {
}
