package com.regimen.core.inventory;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.List;

@RegisterConstructorMapper(StockMovement.class)
public interface StockMovementDao {

    @SqlUpdate("INSERT INTO stock_movements (tenant_id, id, lot_id, kind, delta, reason, appointment_id, patient_id, "
            + "related_lot_id, actor_id, occurred_at) VALUES (:tenantId, :m.id, :m.lotId, :m.kind, :m.delta, :m.reason, "
            + ":m.appointmentId, :m.patientId, :m.relatedLotId, :m.actorId, :m.occurredAt)")
    void insert(@Bind("tenantId") String tenantId, @BindMethods("m") StockMovement movement);

    @SqlQuery("SELECT id, lot_id, kind, delta, reason, appointment_id, patient_id, related_lot_id, actor_id, "
            + "occurred_at FROM stock_movements WHERE tenant_id = :tenantId AND lot_id = :lotId ORDER BY id")
    List<StockMovement> forLot(@Bind("tenantId") String tenantId, @Bind("lotId") String lotId);

    /** Lots whose on-hand column differs from the sum of their ledger rows: must always be empty. */
    @SqlQuery("SELECT l.id FROM stock_lots l LEFT JOIN (SELECT tenant_id, lot_id, SUM(delta) AS total "
            + "FROM stock_movements WHERE tenant_id = :tenantId GROUP BY tenant_id, lot_id) m "
            + "ON m.tenant_id = l.tenant_id AND m.lot_id = l.id "
            + "WHERE l.tenant_id = :tenantId AND l.on_hand <> COALESCE(m.total, 0)")
    List<String> ledgerMismatches(@Bind("tenantId") String tenantId);

    record Recipient(String appointmentId, String patientId, int quantity, Instant occurredAt) {
    }

    @SqlQuery("SELECT appointment_id, patient_id, -delta AS quantity, occurred_at FROM stock_movements "
            + "WHERE tenant_id = :tenantId AND lot_id = :lotId AND kind = 'CONSUMPTION' ORDER BY occurred_at")
    @RegisterConstructorMapper(Recipient.class)
    List<Recipient> recipients(@Bind("tenantId") String tenantId, @Bind("lotId") String lotId);
}
