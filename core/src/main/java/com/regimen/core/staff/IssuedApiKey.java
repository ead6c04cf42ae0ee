package com.regimen.core.staff;

/** A key just made: the only moment its secret exists outside the client's hands. */
public record IssuedApiKey(ApiKey key, String secret) {
}
