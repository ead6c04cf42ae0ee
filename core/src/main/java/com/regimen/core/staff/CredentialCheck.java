package com.regimen.core.staff;

import com.regimen.core.identity.ActorType;
import com.regimen.core.identity.StaffIdentity;

import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.util.Optional;

/**
 * Turns a presented bearer token into the identity it grants, or nothing. It is looked up on
 * every request (no cache), so a revoked session or key stops working at once on every node.
 */
public final class CredentialCheck {
    private final Jdbi jdbi;
    private final Clock clock;

    public CredentialCheck(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public Optional<Authenticated> authenticate(String presented) {
        return SecretToken.parse(presented).flatMap(token -> jdbi.withHandle(handle -> {
            if (SecretToken.SESSION.equals(token.kind())) {
                return handle.attach(StaffSessionDao.class)
                        .findLive(token.tenantId(), token.hash(), clock.instant())
                        .map(live -> new Authenticated(new StaffIdentity(token.tenantId(), ActorType.USER,
                                live.userId(), live.role(), live.sessionId()), live.passwordChangeRequired()));
            }
            return handle.attach(ApiKeyDao.class)
                    .findLive(token.tenantId(), token.hash())
                    .map(live -> new Authenticated(new StaffIdentity(token.tenantId(), ActorType.API_KEY, live.id(),
                            live.role(), null), false));
        }));
    }
}
