package com.regimen.core.inventory;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@RegisterConstructorMapper(StockLot.class)
public interface StockLotDao {
    String SELECT = "SELECT l.id, l.item_id, i.sku, l.location_id, l.lot_number, l.expires_on, l.on_hand, l.reserved, "
            + "l.received_at, l.unit_cost FROM stock_lots l "
            + "JOIN inventory_items i ON i.tenant_id = l.tenant_id AND i.id = l.item_id ";

    @SqlQuery(SELECT + "WHERE l.tenant_id = :tenantId AND l.id = :id")
    Optional<StockLot> find(@Bind("tenantId") String tenantId, @Bind("id") String id);

    /**
     * The ids of those lots that exist, read after {@link #writeLockInOrder} has locked them: a plain
     * read, not {@code FOR UPDATE}. A locking read of an id list may scan the tenant's lots and wait
     * on rows outside the list, which two transactions each holding their own lots turn into a
     * deadlock (LockOrderIT saw it); the UPDATE already holds every row the read can return.
     */
    @SqlQuery("SELECT id FROM stock_lots WHERE tenant_id = :tenantId AND id IN (<ids>) ORDER BY id")
    List<String> lockedIds(@Bind("tenantId") String tenantId, @BindList("ids") Collection<String> ids);

    /**
     * Locks lots in id order, the one order every transaction locks lots in (docs/architecture.md,
     * "Lock order"), and only the lots: a locking read joined to {@code inventory_items} would lock
     * the item's row too, and interleave it with the lots. Galera certifies
     * this write (docs/scaling.md).
     */
    @SqlUpdate("UPDATE stock_lots SET lock_version = lock_version + 1 WHERE tenant_id = :tenantId AND id IN (<ids>) "
            + "ORDER BY id")
    int writeLockInOrder(@Bind("tenantId") String tenantId, @BindList("ids") Collection<String> ids);

    /** Locks by writing, then reads: docs/scaling.md, "Multi-primary: Galera". */
    default List<String> lockInOrder(String tenantId, Collection<String> ids) {
        writeLockInOrder(tenantId, ids);
        return lockedIds(tenantId, ids);
    }

    /** One lot, locked; read after the lock so that it is what the last holder committed (READ COMMITTED). */
    default Optional<StockLot> lock(String tenantId, String id) {
        return lockInOrder(tenantId, List.of(id)).isEmpty() ? Optional.empty() : find(tenantId, id);
    }

    @SqlQuery(SELECT + "WHERE l.tenant_id = :tenantId AND l.id IN (<ids>) ORDER BY l.id")
    List<StockLot> findAll(@Bind("tenantId") String tenantId, @BindList("ids") Collection<String> ids);

    @SqlQuery("SELECT id FROM stock_lots WHERE tenant_id = :tenantId AND location_id = :locationId "
            + "AND item_id = :itemId AND lot_number = :lotNumber")
    Optional<String> idByNumber(@Bind("tenantId") String tenantId, @Bind("locationId") String locationId,
                                @Bind("itemId") String itemId, @Bind("lotNumber") String lotNumber);

    /**
     * Makes the lot if it is not there yet. On a duplicate, the existing row is locked exclusively
     * at once (INSERT IGNORE would take a shared lock, and two receipts upgrading theirs deadlock).
     */
    @SqlUpdate("INSERT INTO stock_lots (tenant_id, id, item_id, location_id, lot_number, expires_on, on_hand, reserved, "
            + "received_at, unit_cost) VALUES (:tenantId, :l.id, :l.itemId, :l.locationId, :l.lotNumber, :l.expiresOn, "
            + "0, 0, :l.receivedAt, :l.unitCost) ON DUPLICATE KEY UPDATE id = id")
    void insertIfAbsent(@Bind("tenantId") String tenantId, @BindMethods("l") StockLot lot);

    /**
     * Unlocked ids of the lots that could serve {@code itemIds} at a location on {@code usableOn}:
     * the caller locks them in id order, then reads them again.
     */
    @SqlQuery("SELECT id FROM stock_lots WHERE tenant_id = :tenantId AND location_id = :locationId "
            + "AND item_id IN (<itemIds>) AND expires_on >= :usableOn AND on_hand > reserved")
    List<String> usableIds(@Bind("tenantId") String tenantId, @Bind("locationId") String locationId,
                           @BindList("itemIds") Collection<String> itemIds, @Bind("usableOn") LocalDate usableOn);

    @SqlQuery(SELECT + "WHERE l.tenant_id = :tenantId AND l.location_id = :locationId AND l.on_hand > 0 "
            + "ORDER BY i.sku, l.expires_on, l.id")
    List<StockLot> atLocation(@Bind("tenantId") String tenantId, @Bind("locationId") String locationId);

    @SqlQuery(SELECT + "WHERE l.tenant_id = :tenantId AND l.on_hand > 0 AND l.expires_on BETWEEN :from AND :to "
            + "AND (:locationId IS NULL OR l.location_id = :locationId) ORDER BY l.expires_on, l.id")
    List<StockLot> expiringBetween(@Bind("tenantId") String tenantId, @Bind("from") LocalDate from,
                                   @Bind("to") LocalDate to, @Bind("locationId") String locationId);

    /** Records the unit cost of a lot whose cost was not known; the caller holds the lot's lock. */
    @SqlUpdate("UPDATE stock_lots SET unit_cost = :unitCost WHERE tenant_id = :tenantId AND id = :id")
    void setUnitCost(@Bind("tenantId") String tenantId, @Bind("id") String id, @Bind("unitCost") long unitCost);

    @SqlUpdate("UPDATE stock_lots SET on_hand = on_hand + :onHandDelta, reserved = reserved + :reservedDelta "
            + "WHERE tenant_id = :tenantId AND id = :id")
    void change(@Bind("tenantId") String tenantId, @Bind("id") String id, @Bind("onHandDelta") int onHandDelta,
                @Bind("reservedDelta") int reservedDelta);
}
