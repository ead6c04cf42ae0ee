package com.regimen.web.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record SessionRequest(
        @NotNull @Size(max = 64) String tenantId,
        @NotNull @Size(max = 254) String email,
        @NotNull @Size(max = 256) String password,
        /* true: the token goes into an HttpOnly cookie (the browser UI), not the answer */
        Boolean cookie) {
    @Override
    public String toString() {
        return "SessionRequest[tenantId=" + tenantId + ", email=" + email + "]";
    }
}
