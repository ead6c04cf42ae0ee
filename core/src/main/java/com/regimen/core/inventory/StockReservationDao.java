package com.regimen.core.inventory;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.List;

public interface StockReservationDao {

    record Held(String id, String lotId, String sku, int quantity) {
    }

    /** One row per lot held; one statement for all of them (the driver rewrites the batch as one INSERT). */
    @SqlBatch("INSERT INTO stock_reservations (tenant_id, id, appointment_id, lot_id, quantity, state, created_at) "
            + "VALUES (:tenantId, :r.id, :appointmentId, :r.lotId, :r.quantity, 'RESERVED', :now)")
    void insert(@Bind("tenantId") String tenantId, @Bind("appointmentId") String appointmentId,
                @BindMethods("r") List<NewHold> holds, @Bind("now") Instant now);

    record NewHold(String id, String lotId, int quantity) {
    }

    @SqlQuery("SELECT r.id, r.lot_id, i.sku, r.quantity FROM stock_reservations r "
            + "JOIN stock_lots l ON l.tenant_id = r.tenant_id AND l.id = r.lot_id "
            + "JOIN inventory_items i ON i.tenant_id = l.tenant_id AND i.id = l.item_id "
            + "WHERE r.tenant_id = :tenantId AND r.appointment_id = :appointmentId AND r.state = 'RESERVED' "
            + "ORDER BY r.lot_id")
    @RegisterConstructorMapper(Held.class)
    List<Held> held(@Bind("tenantId") String tenantId, @Bind("appointmentId") String appointmentId);

    /** What a completed appointment used up: for its receipt and the patient's record. */
    @SqlQuery("SELECT r.id, r.lot_id, i.sku, r.quantity FROM stock_reservations r "
            + "JOIN stock_lots l ON l.tenant_id = r.tenant_id AND l.id = r.lot_id "
            + "JOIN inventory_items i ON i.tenant_id = l.tenant_id AND i.id = l.item_id "
            + "WHERE r.tenant_id = :tenantId AND r.appointment_id = :appointmentId AND r.state = 'CONSUMED' "
            + "ORDER BY r.lot_id")
    @RegisterConstructorMapper(Held.class)
    List<Held> consumed(@Bind("tenantId") String tenantId, @Bind("appointmentId") String appointmentId);

    @SqlUpdate("UPDATE stock_reservations SET state = :state WHERE tenant_id = :tenantId AND id = :id "
            + "AND state = 'RESERVED'")
    int settle(@Bind("tenantId") String tenantId, @Bind("id") String id, @Bind("state") String state);
}
