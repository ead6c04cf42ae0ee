package com.regimen.core.staff;

import com.regimen.core.identity.Role;
import com.regimen.core.identity.StaffIdentity;

import com.regimen.core.audit.AuditTrail;
import com.regimen.core.errors.DomainException;
import com.regimen.core.ids.Ids;
import com.regimen.core.paging.Page;
import com.regimen.core.paging.PageRequest;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/** Integrations' API keys: made and shown once, listed by their last four characters, revoked at once. */
public final class ApiKeys {
    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditTrail audit;

    public ApiKeys(Jdbi jdbi, Clock clock, AuditTrail audit) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
    }

    public IssuedApiKey create(StaffIdentity actor, String name, Role role) {
        return jdbi.inTransaction(handle -> {
            IssuedApiKey issued = insert(handle, actor.tenantId(), name, role, actor.actorId());
            audit.record(handle, actor, "api_key.created", "api_key", issued.key().id(), Map.of("role", role));
            return issued;
        });
    }

    public Page<ApiKey> list(StaffIdentity reader, PageRequest page) {
        var rows = jdbi.withExtension(ApiKeyDao.class,
                dao -> dao.list(reader.tenantId(), page.afterId(), page.fetchSize()));
        return Page.of(rows, page, ApiKey::id);
    }

    /** Revoking an already revoked key succeeds and changes nothing; another tenant's key is not found. */
    public ApiKey revoke(StaffIdentity actor, String keyId) {
        return jdbi.inTransaction(handle -> {
            ApiKeyDao dao = handle.attach(ApiKeyDao.class);
            dao.find(actor.tenantId(), keyId).orElseThrow(() -> DomainException.notFound("API key"));
            if (dao.revoke(actor.tenantId(), keyId, clock.instant()) > 0) {
                audit.record(handle, actor, "api_key.revoked", "api_key", keyId, Map.of());
            }
            return dao.find(actor.tenantId(), keyId).orElseThrow();
        });
    }

    /** Inserts inside the caller's transaction; signup uses it for the tenant's first key. */
    public IssuedApiKey insert(Handle handle, String tenantId, String name, Role role, String createdBy) {
        SecretToken secret = SecretToken.generate(SecretToken.API_KEY, tenantId);
        Instant now = clock.instant();
        ApiKey key = new ApiKey(tenantId, Ids.newId(), name, role, secret.lastFour(), createdBy, now, null);
        handle.attach(ApiKeyDao.class).insert(key, secret.hash());
        return new IssuedApiKey(key, secret.value());
    }
}
