package com.regimen.core.payments;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@RegisterConstructorMapper(Refund.class)
public interface RefundDao {
    String COLUMNS = "id, payment_id, appointment_id, amount, status, origin, stripe_refund_id, requested_by, "
            + "approved_by, created_at, updated_at";
    /** The refund's columns and its payment's currency. */
    String SELECT = "SELECT r.id, r.payment_id, r.appointment_id, r.amount, p.currency, r.status, r.origin, "
            + "r.stripe_refund_id, r.requested_by, r.approved_by, r.created_at, r.updated_at FROM payment_refunds r "
            + "JOIN payments p ON p.tenant_id = r.tenant_id AND p.id = r.payment_id ";

    @SqlUpdate("INSERT INTO payment_refunds (tenant_id, " + COLUMNS + ") VALUES (:tenantId, :r.id, :r.paymentId, "
            + ":r.appointmentId, :r.amount, :r.status, :r.origin, :r.stripeRefundId, :r.requestedBy, :r.approvedBy, "
            + ":r.createdAt, :r.updatedAt)")
    void insert(@Bind("tenantId") String tenantId, @BindMethods("r") Refund refund);

    @SqlQuery(SELECT + "WHERE r.tenant_id = :tenantId AND r.id = :id")
    Optional<Refund> find(@Bind("tenantId") String tenantId, @Bind("id") String id);

    @SqlQuery(SELECT + "WHERE r.tenant_id = :tenantId AND r.id = :id FOR UPDATE")
    Optional<Refund> readLock(@Bind("tenantId") String tenantId, @Bind("id") String id);

    @SqlUpdate("UPDATE payment_refunds SET lock_version = lock_version + 1 WHERE tenant_id = :tenantId AND id = :id")
    int writeLock(@Bind("tenantId") String tenantId, @Bind("id") String id);

    /** Locks by writing, then reads: docs/scaling.md, "Multi-primary: Galera". */
    default Optional<Refund> lock(String tenantId, String id) {
        writeLock(tenantId, id);
        return readLock(tenantId, id);
    }

    @SqlQuery(SELECT + "WHERE r.tenant_id = :tenantId AND r.payment_id = :paymentId ORDER BY r.id")
    List<Refund> forPayment(@Bind("tenantId") String tenantId, @Bind("paymentId") String paymentId);

    @SqlQuery(SELECT + "WHERE r.tenant_id = :tenantId AND r.appointment_id = :appointmentId "
            + "ORDER BY r.id")
    List<Refund> forAppointment(@Bind("tenantId") String tenantId, @Bind("appointmentId") String appointmentId);

    @SqlQuery(SELECT + "WHERE r.tenant_id = :tenantId AND r.status = :status ORDER BY r.id "
            + "LIMIT :limit")
    List<Refund> withStatus(@Bind("tenantId") String tenantId, @Bind("status") RefundStatus status,
                            @Bind("limit") int limit);

    @SqlUpdate("UPDATE payment_refunds SET status = :status, stripe_refund_id = COALESCE(:stripeRefundId, "
            + "stripe_refund_id), approved_by = COALESCE(:approvedBy, approved_by), updated_at = :now "
            + "WHERE tenant_id = :tenantId AND id = :id")
    void update(@Bind("tenantId") String tenantId, @Bind("id") String id, @Bind("status") RefundStatus status,
                @Bind("stripeRefundId") String stripeRefundId, @Bind("approvedBy") String approvedBy,
                @Bind("now") Instant now);

    /** Keeps payments.refunded equal to what its refunds return; run in the transaction that changed them. */
    @SqlUpdate("UPDATE payments SET refunded = (SELECT COALESCE(SUM(r.amount), 0) FROM payment_refunds r "
            + "WHERE r.tenant_id = :tenantId AND r.payment_id = :paymentId AND r.status IN ('PENDING', 'SUCCEEDED')), "
            + "updated_at = :now WHERE tenant_id = :tenantId AND id = :paymentId")
    void recomputeRefunded(@Bind("tenantId") String tenantId, @Bind("paymentId") String paymentId,
                           @Bind("now") Instant now);
}
