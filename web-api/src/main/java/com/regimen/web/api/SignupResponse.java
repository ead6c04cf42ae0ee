package com.regimen.web.api;

/** {@code apiKey} is shown this once; only its hash is stored. */
public record SignupResponse(String tenantId, String ownerUserId, String apiKey) implements ShownOnce {
    @Override
    public SignupResponse withoutSecret() {
        return new SignupResponse(tenantId, ownerUserId, null);
    }

    @Override
    public String toString() {
        return "SignupResponse[tenantId=" + tenantId + "]";
    }
}
