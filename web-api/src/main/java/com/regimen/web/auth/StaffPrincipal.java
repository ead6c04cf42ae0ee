package com.regimen.web.auth;

import com.regimen.core.identity.StaffIdentity;

import java.security.Principal;

/** The authenticated caller as Jersey sees it; resources hand its identity to the domain. */
public record StaffPrincipal(StaffIdentity identity, boolean passwordChangeRequired) implements Principal {
    @Override
    public String getName() {
        return identity.actorType() + ":" + identity.actorId();
    }
}
