package com.regimen.core.inventory;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@RegisterConstructorMapper(StockLot.class)
public interface StockLotDao {
    String SELECT = "SELECT l.id, l.item_id, i.sku, l.location_id, l.lot_number, l.expires_on, l.on_hand, l.reserved, "
            + "l.received_at FROM stock_lots l JOIN inventory_items i ON i.tenant_id = l.tenant_id AND i.id = l.item_id ";

    @SqlUpdate("INSERT INTO stock_lots (tenant_id, id, item_id, location_id, lot_number, expires_on, on_hand, reserved, "
            + "received_at) VALUES (:tenantId, :l.id, :l.itemId, :l.locationId, :l.lotNumber, :l.expiresOn, 0, 0, "
            + ":l.receivedAt)")
    void insertEmpty(@Bind("tenantId") String tenantId, @BindMethods("l") StockLot lot);

    @SqlQuery(SELECT + "WHERE l.tenant_id = :tenantId AND l.id = :id")
    Optional<StockLot> find(@Bind("tenantId") String tenantId, @Bind("id") String id);

    @SqlQuery(SELECT + "WHERE l.tenant_id = :tenantId AND l.id = :id FOR UPDATE")
    Optional<StockLot> lock(@Bind("tenantId") String tenantId, @Bind("id") String id);

    @SqlQuery(SELECT + "WHERE l.tenant_id = :tenantId AND l.location_id = :locationId AND l.item_id = :itemId "
            + "AND l.lot_number = :lotNumber FOR UPDATE")
    Optional<StockLot> lockByNumber(@Bind("tenantId") String tenantId, @Bind("locationId") String locationId,
                                    @Bind("itemId") String itemId, @Bind("lotNumber") String lotNumber);

    /** First-expiry-first-out candidates, locked in that order (the same order for every caller). */
    @SqlQuery(SELECT + "WHERE l.tenant_id = :tenantId AND l.location_id = :locationId AND l.item_id = :itemId "
            + "AND l.expires_on >= :usableOn AND l.on_hand > l.reserved ORDER BY l.expires_on, l.id FOR UPDATE")
    List<StockLot> lockUsable(@Bind("tenantId") String tenantId, @Bind("locationId") String locationId,
                              @Bind("itemId") String itemId, @Bind("usableOn") LocalDate usableOn);

    @SqlQuery(SELECT + "WHERE l.tenant_id = :tenantId AND l.location_id = :locationId AND l.on_hand > 0 "
            + "ORDER BY i.sku, l.expires_on, l.id")
    List<StockLot> atLocation(@Bind("tenantId") String tenantId, @Bind("locationId") String locationId);

    @SqlQuery(SELECT + "WHERE l.tenant_id = :tenantId AND l.on_hand > 0 AND l.expires_on BETWEEN :from AND :to "
            + "AND (:locationId IS NULL OR l.location_id = :locationId) ORDER BY l.expires_on, l.id")
    List<StockLot> expiringBetween(@Bind("tenantId") String tenantId, @Bind("from") LocalDate from,
                                   @Bind("to") LocalDate to, @Bind("locationId") String locationId);

    @SqlUpdate("UPDATE stock_lots SET on_hand = on_hand + :onHandDelta, reserved = reserved + :reservedDelta "
            + "WHERE tenant_id = :tenantId AND id = :id")
    void change(@Bind("tenantId") String tenantId, @Bind("id") String id, @Bind("onHandDelta") int onHandDelta,
                @Bind("reservedDelta") int reservedDelta);
}
