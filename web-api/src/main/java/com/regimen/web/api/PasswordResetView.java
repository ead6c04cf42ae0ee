package com.regimen.web.api;

import com.regimen.core.staff.StaffAccess;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A reset password: the temporary one is in this answer only (stored hashed), for the owner or
 * manager to hand over; the member signs in with it and chooses their own.
 */
public record PasswordResetView(String userId,
                                @Schema(nullable = true, description = "Shown once; null in a replay")
                                String temporaryPassword,
                                int sessionsRevoked) implements ShownOnce {
    public static PasswordResetView of(StaffAccess.PasswordReset reset) {
        return new PasswordResetView(reset.user().id(), reset.temporaryPassword(), reset.sessionsRevoked());
    }

    @Override
    public PasswordResetView withoutSecret() {
        return new PasswordResetView(userId, null, sessionsRevoked);
    }

    @Override
    public String toString() {
        return "PasswordResetView[userId=" + userId + "]";
    }
}
