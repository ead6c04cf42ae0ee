package com.regimen.core.tenancy;

/** The new tenant, its owner, and its first API key's secret, shown this once. */
public record SignupResult(String tenantId, String ownerUserId, String apiKey) {
    @Override
    public String toString() {
        return "SignupResult[tenantId=" + tenantId + ", ownerUserId=" + ownerUserId + "]";
    }
}
