package com.regimen.core.tenancy;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.util.Optional;

@RegisterConstructorMapper(Tenant.class)
public interface TenantDao {

    @SqlUpdate("INSERT INTO tenants (tenant_id, name, currency, locale, created_at) "
            + "VALUES (:t.tenantId, :t.name, :t.currency, :t.locale, :t.createdAt)")
    void insert(@BindMethods("t") Tenant tenant);

    @SqlQuery("SELECT tenant_id, name, currency, locale, created_at FROM tenants WHERE tenant_id = :tenantId")
    Optional<Tenant> find(@Bind("tenantId") String tenantId);

    /**
     * Every tenant, a page at a time, for platform jobs that visit each tenant in turn (payment
     * reconciliation). Allowed by name in TenantScopedSqlTest: it reads ids only, never data.
     */
    @SqlQuery("SELECT tenant_id FROM tenants WHERE tenant_id > :after ORDER BY tenant_id LIMIT :limit")
    java.util.List<String> idsAfter(@Bind("after") String after, @Bind("limit") int limit);
}
