package com.regimen.core.outbox;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The outbox's writes in the event's transaction; the dispatcher's reads and writes are in core.messages. */
public interface OutboxDao {
    /** INSERT IGNORE on (tenant, dedupe key, channel): the same event recorded twice is one message. */
    @SqlBatch("INSERT IGNORE INTO messages (tenant_id, id, event, channel, dedupe_key, patient_id, appointment_id, "
            + "refund_id, visit_starts_at, status, attempts, not_before, next_attempt_at, created_at, updated_at) "
            + "VALUES (:m.tenantId, :m.id, :m.event, :m.channel, :m.dedupeKey, :m.patientId, :m.appointmentId, "
            + ":m.refundId, :m.visitStartsAt, 'PENDING', 0, :m.notBefore, :m.notBefore, :m.createdAt, :m.createdAt)")
    void insert(@BindMethods("m") List<OutboxEntry> entries);

    /** Reminders not yet sent for a visit that moved: the new time gets new ones. */
    @SqlUpdate("UPDATE messages SET status = 'SKIPPED', reason = :reason, updated_at = :now "
            + "WHERE tenant_id = :tenantId AND appointment_id = :appointmentId AND event = 'REMINDER' "
            + "AND status IN ('PENDING', 'DEFERRED')")
    int supersedeReminders(@Bind("tenantId") String tenantId, @Bind("appointmentId") String appointmentId,
                           @Bind("reason") String reason, @Bind("now") Instant now);

    /** The clinic's reminder hours and channels, e.g. "48,24" and "EMAIL,SMS"; none: the defaults. */
    @SqlQuery("SELECT CONCAT(reminder_hours, ';', channels) FROM message_settings WHERE tenant_id = :tenantId")
    Optional<String> settings(@Bind("tenantId") String tenantId);
}
