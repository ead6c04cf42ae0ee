package com.regimen.web.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record SignupRequest(
        @NotBlank @Size(max = 200) String tenantName,
        @NotBlank @Size(max = 254) String ownerEmail,
        @NotNull @Size(min = 10, max = 256) String ownerPassword,
        @Size(max = 200) String ownerName,
        @NotBlank @Size(min = 3, max = 3) String currency,
        @NotBlank @Size(max = 10) String locale) {
    @Override
    public String toString() {
        return "SignupRequest[tenantName=" + tenantName + ", ownerEmail=" + ownerEmail + "]";
    }
}
