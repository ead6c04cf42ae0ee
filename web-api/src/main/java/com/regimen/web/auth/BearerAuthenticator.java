package com.regimen.web.auth;

import com.regimen.core.staff.CredentialCheck;
import io.dropwizard.auth.Authenticator;

import java.util.Optional;

/** Session tokens and API keys both arrive as {@code Authorization: Bearer ...}. */
public class BearerAuthenticator implements Authenticator<String, StaffPrincipal> {
    private final CredentialCheck credentials;

    public BearerAuthenticator(CredentialCheck credentials) {
        this.credentials = credentials;
    }

    @Override
    public Optional<StaffPrincipal> authenticate(String token) {
        return credentials.authenticate(token).map(a -> new StaffPrincipal(a.identity(), a.passwordChangeRequired()));
    }
}
