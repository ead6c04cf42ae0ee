package com.regimen.core.payments;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@RegisterConstructorMapper(Payment.class)
public interface PaymentDao {
    String COLUMNS = "id, appointment_id, kind, method, status, amount, currency, tendered, change_given, refunded, "
            + "stripe_payment_intent_id, "
            + "stripe_idempotency_key, created_by, created_at, updated_at";

    @SqlUpdate("INSERT INTO payments (tenant_id, " + COLUMNS + ") VALUES (:tenantId, :p.id, :p.appointmentId, :p.kind, "
            + ":p.method, :p.status, :p.amount, :p.currency, :p.tendered, :p.changeGiven, :p.refunded, :p.stripePaymentIntentId, "
            + ":p.stripeIdempotencyKey, :p.createdBy, :p.createdAt, :p.updatedAt)")
    void insert(@Bind("tenantId") String tenantId, @BindMethods("p") Payment payment);

    @SqlQuery("SELECT " + COLUMNS + " FROM payments WHERE tenant_id = :tenantId AND id = :id")
    Optional<Payment> find(@Bind("tenantId") String tenantId, @Bind("id") String id);

    @SqlQuery("SELECT " + COLUMNS + " FROM payments WHERE tenant_id = :tenantId AND id = :id FOR UPDATE")
    Optional<Payment> readLock(@Bind("tenantId") String tenantId, @Bind("id") String id);

    @SqlUpdate("UPDATE payments SET lock_version = lock_version + 1 WHERE tenant_id = :tenantId AND id = :id")
    int writeLock(@Bind("tenantId") String tenantId, @Bind("id") String id);

    /** Locks by writing, then reads: docs/scaling.md, "Multi-primary: Galera". */
    default Optional<Payment> lock(String tenantId, String id) {
        writeLock(tenantId, id);
        return readLock(tenantId, id);
    }

    @SqlQuery("SELECT " + COLUMNS + " FROM payments WHERE tenant_id = :tenantId "
            + "AND stripe_payment_intent_id = :intentId")
    Optional<Payment> findByIntent(@Bind("tenantId") String tenantId, @Bind("intentId") String intentId);

    @SqlQuery("SELECT " + COLUMNS + " FROM payments WHERE tenant_id = :tenantId "
            + "AND stripe_payment_intent_id = :intentId FOR UPDATE")
    Optional<Payment> readLockByIntent(@Bind("tenantId") String tenantId, @Bind("intentId") String intentId);

    @SqlUpdate("UPDATE payments SET lock_version = lock_version + 1 WHERE tenant_id = :tenantId AND stripe_payment_intent_id = :intentId")
    int writeLockByIntent(@Bind("tenantId") String tenantId, @Bind("intentId") String intentId);

    /** Locks by writing, then reads: docs/scaling.md, "Multi-primary: Galera". */
    default Optional<Payment> lockByIntent(String tenantId, String intentId) {
        writeLockByIntent(tenantId, intentId);
        return readLockByIntent(tenantId, intentId);
    }

    @SqlQuery("SELECT " + COLUMNS + " FROM payments WHERE tenant_id = :tenantId AND appointment_id = :appointmentId "
            + "ORDER BY id")
    List<Payment> forAppointment(@Bind("tenantId") String tenantId, @Bind("appointmentId") String appointmentId);

    /** Card payments Stripe may have moved on without telling us (a lost webhook). */
    @SqlQuery("SELECT " + COLUMNS + " FROM payments WHERE tenant_id = :tenantId AND method = 'CARD' "
            + "AND status IN ('PENDING', 'PROCESSING') AND stripe_payment_intent_id IS NOT NULL ORDER BY id LIMIT :limit")
    List<Payment> unsettledCard(@Bind("tenantId") String tenantId, @Bind("limit") int limit);

    @SqlUpdate("UPDATE payments SET status = :status, stripe_payment_intent_id = COALESCE(:intentId, "
            + "stripe_payment_intent_id), updated_at = :now WHERE tenant_id = :tenantId AND id = :id")
    void update(@Bind("tenantId") String tenantId, @Bind("id") String id, @Bind("status") PaymentStatus status,
                @Bind("intentId") String intentId, @Bind("now") Instant now);

    @SqlUpdate("UPDATE payments SET refunded = refunded + :amount, updated_at = :now "
            + "WHERE tenant_id = :tenantId AND id = :id AND refunded + :amount <= amount")
    int addRefund(@Bind("tenantId") String tenantId, @Bind("id") String id, @Bind("amount") long amount,
                  @Bind("now") Instant now);

    @SqlQuery("SELECT stripe_account_id FROM payment_settings WHERE tenant_id = :tenantId")
    Optional<String> stripeAccount(@Bind("tenantId") String tenantId);

    @SqlUpdate("INSERT INTO payment_settings (tenant_id, stripe_account_id, updated_at) VALUES (:tenantId, :account, "
            + ":now) ON DUPLICATE KEY UPDATE stripe_account_id = VALUES(stripe_account_id), updated_at = VALUES(updated_at)")
    void setStripeAccount(@Bind("tenantId") String tenantId, @Bind("account") String account, @Bind("now") Instant now);

    @SqlUpdate("INSERT IGNORE INTO stripe_events (tenant_id, event_id, type, received_at) "
            + "VALUES (:tenantId, :eventId, :type, :now)")
    int recordEvent(@Bind("tenantId") String tenantId, @Bind("eventId") String eventId, @Bind("type") String type,
                    @Bind("now") Instant now);
}
