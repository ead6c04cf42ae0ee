package com.regimen.core.inventory;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@RegisterConstructorMapper(InventoryItem.class)
public interface InventoryItemDao {

    @SqlUpdate("INSERT IGNORE INTO inventory_items (tenant_id, id, sku, name, unit, created_at) "
            + "VALUES (:i.tenantId, :i.id, :i.sku, :i.name, :i.unit, :i.createdAt)")
    int insert(@BindMethods("i") InventoryItem item);

    @SqlQuery("SELECT tenant_id, id, sku, name, unit, created_at FROM inventory_items "
            + "WHERE tenant_id = :tenantId AND id = :id")
    Optional<InventoryItem> find(@Bind("tenantId") String tenantId, @Bind("id") String id);

    @SqlQuery("SELECT tenant_id, id, sku, name, unit, created_at FROM inventory_items "
            + "WHERE tenant_id = :tenantId AND sku = :sku")
    Optional<InventoryItem> findBySku(@Bind("tenantId") String tenantId, @Bind("sku") String sku);

    /** Those of {@code skus} the tenant stocks, in one statement (a booking holds several consumables). */
    @SqlQuery("SELECT tenant_id, id, sku, name, unit, created_at FROM inventory_items "
            + "WHERE tenant_id = :tenantId AND sku IN (<skus>)")
    List<InventoryItem> findBySkus(@Bind("tenantId") String tenantId, @BindList("skus") Collection<String> skus);

    @SqlQuery("SELECT tenant_id, id, sku, name, unit, created_at FROM inventory_items WHERE tenant_id = :tenantId "
            + "AND (:afterId IS NULL OR id > :afterId) ORDER BY id LIMIT :limit")
    List<InventoryItem> list(@Bind("tenantId") String tenantId, @Bind("afterId") String afterId,
                             @Bind("limit") int limit);

    @SqlQuery("SELECT tenant_id, id, sku, name, unit, created_at FROM inventory_items WHERE tenant_id = :tenantId "
            + "ORDER BY sku")
    List<InventoryItem> all(@Bind("tenantId") String tenantId);

    @SqlUpdate("INSERT INTO inventory_par_levels (tenant_id, item_id, location_id, par_level) "
            + "VALUES (:tenantId, :itemId, :locationId, :parLevel) ON DUPLICATE KEY UPDATE par_level = VALUES(par_level)")
    void setParLevel(@Bind("tenantId") String tenantId, @Bind("itemId") String itemId,
                     @Bind("locationId") String locationId, @Bind("parLevel") int parLevel);

    @SqlQuery("SELECT item_id, par_level FROM inventory_par_levels WHERE tenant_id = :tenantId "
            + "AND location_id = :locationId")
    @org.jdbi.v3.sqlobject.config.KeyColumn("item_id")
    @org.jdbi.v3.sqlobject.config.ValueColumn("par_level")
    Map<String, Integer> parLevels(@Bind("tenantId") String tenantId, @Bind("locationId") String locationId);
}
