package com.regimen.core.discounts;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.util.List;
import java.util.Optional;

@RegisterConstructorMapper(DiscountRule.class)
public interface DiscountRuleDao {
    String COLUMNS = "id, name, kind, percent, amount, currency, treatment_id, active, created_by, created_at, "
            + "updated_at";

    @SqlUpdate("INSERT INTO discount_rules (tenant_id, " + COLUMNS + ") VALUES (:tenantId, :r.id, :r.name, :r.kind, "
            + ":r.percent, :r.amount, :r.currency, :r.treatmentId, :r.active, :r.createdBy, :r.createdAt, "
            + ":r.updatedAt)")
    void insert(@Bind("tenantId") String tenantId, @BindMethods("r") DiscountRule rule);

    @SqlUpdate("UPDATE discount_rules SET name = :r.name, kind = :r.kind, percent = :r.percent, amount = :r.amount, "
            + "currency = :r.currency, treatment_id = :r.treatmentId, active = :r.active, updated_at = :r.updatedAt "
            + "WHERE tenant_id = :tenantId AND id = :r.id")
    void update(@Bind("tenantId") String tenantId, @BindMethods("r") DiscountRule rule);

    @SqlQuery("SELECT " + COLUMNS + " FROM discount_rules WHERE tenant_id = :tenantId AND id = :id")
    Optional<DiscountRule> find(@Bind("tenantId") String tenantId, @Bind("id") String id);

    @SqlQuery("SELECT " + COLUMNS + " FROM discount_rules WHERE tenant_id = :tenantId AND id = :id FOR UPDATE")
    Optional<DiscountRule> readLock(@Bind("tenantId") String tenantId, @Bind("id") String id);

    @SqlUpdate("UPDATE discount_rules SET lock_version = lock_version + 1 WHERE tenant_id = :tenantId AND id = :id")
    int writeLock(@Bind("tenantId") String tenantId, @Bind("id") String id);

    /** Locks by writing, then reads: docs/scaling.md, "Multi-primary: Galera". */
    default Optional<DiscountRule> lock(String tenantId, String id) {
        writeLock(tenantId, id);
        return readLock(tenantId, id);
    }

    @SqlQuery("SELECT " + COLUMNS + " FROM discount_rules WHERE tenant_id = :tenantId ORDER BY id LIMIT 500")
    List<DiscountRule> all(@Bind("tenantId") String tenantId);
}
