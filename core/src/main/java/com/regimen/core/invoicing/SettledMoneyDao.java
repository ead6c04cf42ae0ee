package com.regimen.core.invoicing;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Reads the payments and refunds bookkeeping is told about, with the appointment they belong to.
 * Its own rows, not the payments package's records, so that payments may call bookkeeping without
 * the two packages depending on each other.
 */
public interface SettledMoneyDao {

    /** A payment with where it was taken. {@code at} is when it last changed: for one just settled, then. */
    record PaymentRow(String id, String appointmentId, String kind, String method, String status, long amount,
                      String currency, Instant at, String locationId, String treatmentId) {
    }

    record RefundRow(String id, String paymentId, String appointmentId, long amount, String status, Instant at,
                     String method, String kind, String currency, String locationId, String treatmentId) {
    }

    record LocationRow(String id, String name, String timezone, String currency) {
    }

    @SqlQuery("SELECT p.id, p.appointment_id, p.kind, p.method, p.status, p.amount, p.currency, p.updated_at AS at, "
            + "a.location_id, a.treatment_id FROM payments p JOIN appointments a ON a.tenant_id = p.tenant_id "
            + "AND a.id = p.appointment_id WHERE p.tenant_id = :tenantId AND p.id = :id")
    @RegisterConstructorMapper(PaymentRow.class)
    Optional<PaymentRow> payment(@Bind("tenantId") String tenantId, @Bind("id") String id);

    @SqlQuery("SELECT id FROM payments WHERE tenant_id = :tenantId AND stripe_payment_intent_id = :intentId")
    Optional<String> paymentOfIntent(@Bind("tenantId") String tenantId, @Bind("intentId") String intentId);

    @SqlQuery("SELECT r.id, r.payment_id, r.appointment_id, r.amount, r.status, r.updated_at AS at, p.method, p.kind, "
            + "p.currency, a.location_id, a.treatment_id FROM payment_refunds r JOIN payments p "
            + "ON p.tenant_id = r.tenant_id AND p.id = r.payment_id JOIN appointments a ON a.tenant_id = r.tenant_id "
            + "AND a.id = r.appointment_id WHERE r.tenant_id = :tenantId AND r.id = :id")
    @RegisterConstructorMapper(RefundRow.class)
    Optional<RefundRow> refund(@Bind("tenantId") String tenantId, @Bind("id") String id);

    @SqlQuery("SELECT id FROM payment_refunds WHERE tenant_id = :tenantId AND payment_id = :paymentId "
            + "AND status = 'SUCCEEDED' ORDER BY id")
    List<String> succeededRefunds(@Bind("tenantId") String tenantId, @Bind("paymentId") String paymentId);

    /**
     * Every payment, refund and day close at a location takes this lock, so a day is closed either
     * before a cash entry (which is then refused) or after it (which it then counts), and document
     * numbers are handed out one at a time.
     */
    @SqlQuery("SELECT id, name, timezone, currency FROM locations WHERE tenant_id = :tenantId AND id = :id FOR UPDATE")
    @RegisterConstructorMapper(LocationRow.class)
    Optional<LocationRow> readLockLocation(@Bind("tenantId") String tenantId, @Bind("id") String id);

    @SqlUpdate("UPDATE locations SET lock_version = lock_version + 1 WHERE tenant_id = :tenantId AND id = :id")
    int writeLockLocation(@Bind("tenantId") String tenantId, @Bind("id") String id);

    /** Locks by writing, then reads: docs/scaling.md, "Multi-primary: Galera". */
    default Optional<LocationRow> lockLocation(String tenantId, String id) {
        writeLockLocation(tenantId, id);
        return readLockLocation(tenantId, id);
    }

    @SqlQuery("SELECT id, name, timezone, currency FROM locations WHERE tenant_id = :tenantId AND id = :id")
    @RegisterConstructorMapper(LocationRow.class)
    Optional<LocationRow> location(@Bind("tenantId") String tenantId, @Bind("id") String id);
}
