package com.regimen.core.payments;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.Optional;

/**
 * Which tenant a Stripe connected account belongs to: the one lookup keyed by something other than
 * the tenant, because Stripe's events about dashboard refunds name only the account. Allowed by
 * name in TenantScopedSqlTest.
 */
public interface StripeAccountRouteDao {

    @SqlQuery("SELECT tenant_id FROM stripe_account_routes WHERE stripe_account_id = :account")
    Optional<String> tenantOf(@Bind("account") String account);

    @SqlUpdate("INSERT IGNORE INTO stripe_account_routes (stripe_account_id, tenant_id, created_at) "
            + "VALUES (:account, :tenantId, :now)")
    int claim(@Bind("account") String account, @Bind("tenantId") String tenantId, @Bind("now") Instant now);

    @SqlUpdate("DELETE FROM stripe_account_routes WHERE tenant_id = :tenantId AND stripe_account_id <> :keep")
    void releaseOthers(@Bind("tenantId") String tenantId, @Bind("keep") String keep);
}
