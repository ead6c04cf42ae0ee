package com.regimen.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
/** {@code apiKey} is shown this once; only its hash is stored. */
public record SignupResponse(String tenantId, String ownerUserId, @Schema(nullable = true) String apiKey) implements ShownOnce {
    @Override
    public SignupResponse withoutSecret() {
        return new SignupResponse(tenantId, ownerUserId, null);
    }

    @Override
    public String toString() {
        return "SignupResponse[tenantId=" + tenantId + "]";
    }
}
