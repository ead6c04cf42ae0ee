package com.regimen.web.api;

import com.regimen.core.staff.StaffAccess;

/** How many ways in a member of staff still has: live sessions and live API keys they made. */
public record StaffCredentialsView(String userId, int liveSessions, int liveApiKeys) {
    public static StaffCredentialsView of(String userId, StaffAccess.Credentials credentials) {
        return new StaffCredentialsView(userId, credentials.liveSessions(), credentials.liveApiKeys());
    }
}
