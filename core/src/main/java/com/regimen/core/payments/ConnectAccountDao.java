package com.regimen.core.payments;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.Optional;

@RegisterConstructorMapper(ConnectAccount.class)
public interface ConnectAccountDao {
    String COLUMNS = "stripe_account_id, idempotency_key, charges_enabled, details_submitted, last_event_created, "
            + "created_at, updated_at";

    @SqlQuery("SELECT " + COLUMNS + " FROM stripe_connect_accounts WHERE tenant_id = :tenantId")
    Optional<ConnectAccount> find(@Bind("tenantId") String tenantId);

    @SqlQuery("SELECT " + COLUMNS + " FROM stripe_connect_accounts WHERE tenant_id = :tenantId FOR UPDATE")
    Optional<ConnectAccount> readLock(@Bind("tenantId") String tenantId);

    @SqlUpdate("UPDATE stripe_connect_accounts SET lock_version = lock_version + 1 WHERE tenant_id = :tenantId")
    int writeLock(@Bind("tenantId") String tenantId);

    /** Locks by writing, then reads: docs/scaling.md, "Multi-primary: Galera". */
    default Optional<ConnectAccount> lock(String tenantId) {
        writeLock(tenantId);
        return readLock(tenantId);
    }

    @SqlUpdate("INSERT IGNORE INTO stripe_connect_accounts (tenant_id, idempotency_key, charges_enabled, "
            + "details_submitted, created_at, updated_at) VALUES (:tenantId, :key, FALSE, FALSE, :now, :now)")
    int start(@Bind("tenantId") String tenantId, @Bind("key") String idempotencyKey, @Bind("now") Instant now);

    @SqlUpdate("UPDATE stripe_connect_accounts SET stripe_account_id = :account, updated_at = :now "
            + "WHERE tenant_id = :tenantId AND stripe_account_id IS NULL")
    int created(@Bind("tenantId") String tenantId, @Bind("account") String account, @Bind("now") Instant now);

    @SqlUpdate("UPDATE stripe_connect_accounts SET charges_enabled = :charges, details_submitted = :details, "
            + "last_event_created = :eventCreated, updated_at = :now WHERE tenant_id = :tenantId "
            + "AND stripe_account_id = :account")
    int updated(@Bind("tenantId") String tenantId, @Bind("account") String account, @Bind("charges") boolean charges,
                @Bind("details") boolean details, @Bind("eventCreated") long eventCreated, @Bind("now") Instant now);
}
