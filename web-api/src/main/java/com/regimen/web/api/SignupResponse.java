package com.regimen.web.api;

/** {@code apiKey} is shown this once; only its hash is stored. */
public record SignupResponse(String tenantId, String ownerUserId, String apiKey) {
}
