package com.regimen.web.api;

import com.regimen.core.identity.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What an owner or manager sends to change a member of staff's access, and a member's own password change. */
public final class StaffRequests {
    private StaffRequests() {
    }

    public record RoleChange(@NotNull Role role) {
    }

    /** A member invited with a temporary password (see InvitationView). */
    public record Invitation(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 200) String name,
                             @NotNull Role role) {
    }

    public record PasswordChange(@NotNull @Size(max = 256) String currentPassword,
                                 @NotNull @Size(max = 256) String newPassword) {
        @Override
        public String toString() {
            return "PasswordChange[]";
        }
    }
}
