package com.regimen.web.api;

import com.regimen.core.identity.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code role} defaults to OWNER (full access, like a Stripe secret key); narrower roles make restricted keys. */
public record NewApiKeyRequest(@NotBlank @Size(max = 200) String name, Role role) {
}
