package com.regimen.web.api;

import com.regimen.core.identity.Role;
import com.regimen.core.staff.StaffDirectory;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An invited member of staff and their temporary password, in this answer only (stored hashed), for
 * the inviter to hand over; at their first sign-in they must choose their own.
 */
public record InvitationView(String userId, String email, String name, Role role,
                             @Schema(nullable = true, description = "Shown once; null in a replay")
                             String temporaryPassword) implements ShownOnce {
    public static InvitationView of(StaffDirectory.Invitation invitation) {
        return new InvitationView(invitation.user().id(), invitation.user().email(), invitation.user().name(),
                invitation.user().role(), invitation.temporaryPassword());
    }

    @Override
    public InvitationView withoutSecret() {
        return new InvitationView(userId, email, name, role, null);
    }

    @Override
    public String toString() {
        return "InvitationView[userId=" + userId + ", role=" + role + "]";
    }
}
