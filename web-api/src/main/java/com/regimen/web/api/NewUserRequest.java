package com.regimen.web.api;

import com.regimen.core.identity.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record NewUserRequest(
        @NotBlank @Size(max = 254) String email,
        @NotNull @Size(min = 10, max = 256) String password,
        @NotBlank @Size(max = 200) String name,
        @NotNull Role role) {
    @Override
    public String toString() {
        return "NewUserRequest[email=" + email + ", role=" + role + "]";
    }
}
