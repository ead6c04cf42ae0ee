package com.regimen.web.api;

import com.regimen.core.staff.StaffAccess;

/** A member of staff after a deactivation or a session revocation, and how many credentials died with it. */
public record StaffCutoffView(StaffUserView user, int sessionsRevoked, int apiKeysRevoked) {
    public static StaffCutoffView of(StaffAccess.Cutoff cutoff) {
        return new StaffCutoffView(StaffUserView.of(cutoff.user()), cutoff.sessionsRevoked(), cutoff.apiKeysRevoked());
    }
}
