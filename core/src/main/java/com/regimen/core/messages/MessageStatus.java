package com.regimen.core.messages;

/**
 * Where a message stands. PENDING and DEFERRED are waiting (DEFERRED: quiet hours, or a retry after
 * a provider failure, its reason says which); SENT, SKIPPED (not sent, with the reason) and FAILED
 * (the provider refused it for good) are final.
 */
public enum MessageStatus {
    PENDING, DEFERRED, SENT, SKIPPED, FAILED
}
