package com.regimen.core.identity;

/**
 * Who a request acts as, established only from its credentials. Every domain call takes one, and
 * its tenantId is the only tenant that call can read or write.
 *
 * @param actorId   the user's id, or the API key's id
 * @param sessionId the session this request came through; null for API keys
 */
public record StaffIdentity(String tenantId, ActorType actorType, String actorId, Role role, String sessionId) {

    public boolean hasRole(Role... roles) {
        for (Role candidate : roles) {
            if (candidate == role) {
                return true;
            }
        }
        return false;
    }
}
