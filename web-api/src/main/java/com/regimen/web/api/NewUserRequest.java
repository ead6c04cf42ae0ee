package com.regimen.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import com.regimen.core.identity.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record NewUserRequest(
        @NotBlank @Size(max = 254) String email,
        @NotNull @Size(min = 10, max = 256) String password,
        @NotBlank @Size(max = 200) String name,
        @NotNull Role role,
        @Schema(nullable = true, description = "Whether they must choose their own password at their first "
                + "sign-in, as after an invitation: true unless false is sent (an account for a script, say)")
        Boolean passwordChangeRequired) {
    /** A password someone else chose is one the member replaces, unless the request says otherwise. */
    public boolean changeRequired() {
        return passwordChangeRequired == null || passwordChangeRequired;
    }

    @Override
    public String toString() {
        return "NewUserRequest[email=" + email + ", role=" + role + "]";
    }
}
