package com.regimen.core.terminal;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@RegisterConstructorMapper(TerminalCharge.class)
public interface TerminalChargeDao {
    String COLUMNS = "payment_id, reader_id, stripe_payment_intent_id, state, failure_code, failure_message, "
            + "card_brand, card_last4, read_method, created_by, created_at, updated_at";
    String OPEN = "('WAITING_FOR_CARD', 'PROCESSING')";

    @SqlUpdate("INSERT IGNORE INTO terminal_charges (tenant_id, " + COLUMNS + ") VALUES (:tenantId, :c.paymentId, "
            + ":c.readerId, :c.stripePaymentIntentId, :c.state, :c.failureCode, :c.failureMessage, :c.cardBrand, "
            + ":c.cardLast4, :c.readMethod, :c.createdBy, :c.createdAt, :c.updatedAt)")
    int insert(@Bind("tenantId") String tenantId, @BindMethods("c") TerminalCharge charge);

    @SqlQuery("SELECT " + COLUMNS + " FROM terminal_charges WHERE tenant_id = :tenantId AND payment_id = :paymentId")
    Optional<TerminalCharge> find(@Bind("tenantId") String tenantId, @Bind("paymentId") String paymentId);

    @SqlQuery("SELECT " + COLUMNS + " FROM terminal_charges WHERE tenant_id = :tenantId "
            + "AND stripe_payment_intent_id = :intentId")
    Optional<TerminalCharge> findByIntent(@Bind("tenantId") String tenantId, @Bind("intentId") String intentId);

    @SqlQuery("SELECT " + COLUMNS + " FROM terminal_charges WHERE tenant_id = :tenantId AND reader_id = :readerId "
            + "AND state IN " + OPEN)
    List<TerminalCharge> openOnReader(@Bind("tenantId") String tenantId, @Bind("readerId") String readerId);

    @SqlQuery("SELECT " + COLUMNS + " FROM terminal_charges WHERE tenant_id = :tenantId AND state IN " + OPEN
            + " ORDER BY payment_id LIMIT :limit")
    List<TerminalCharge> open(@Bind("tenantId") String tenantId, @Bind("limit") int limit);

    @SqlUpdate("UPDATE terminal_charges SET state = 'PROCESSING', updated_at = :now WHERE tenant_id = :tenantId "
            + "AND payment_id = :paymentId AND state = 'WAITING_FOR_CARD'")
    int processing(@Bind("tenantId") String tenantId, @Bind("paymentId") String paymentId, @Bind("now") Instant now);

    /** Forward only: a charge that has ended stays as it ended, whatever arrives later. */
    @SqlUpdate("UPDATE terminal_charges SET state = :state, failure_code = :failureCode, "
            + "failure_message = :failureMessage, card_brand = :brand, card_last4 = :last4, read_method = :readMethod, "
            + "updated_at = :now WHERE tenant_id = :tenantId AND payment_id = :paymentId AND state IN " + OPEN)
    int end(@Bind("tenantId") String tenantId, @Bind("paymentId") String paymentId, @Bind("state") ChargeState state,
            @Bind("failureCode") String failureCode, @Bind("failureMessage") String failureMessage,
            @Bind("brand") String brand, @Bind("last4") String last4, @Bind("readMethod") String readMethod,
            @Bind("now") Instant now);

    @SqlQuery("SELECT COUNT(*) FROM stripe_events WHERE tenant_id = :tenantId AND event_id = :eventId")
    int eventsSeen(@Bind("tenantId") String tenantId, @Bind("eventId") String eventId);
}
