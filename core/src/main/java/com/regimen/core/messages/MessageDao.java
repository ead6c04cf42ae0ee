package com.regimen.core.messages;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.List;

@RegisterConstructorMapper(Message.class)
public interface MessageDao {
    String COLUMNS = "m.tenant_id, m.id, m.event, m.channel, m.patient_id, m.appointment_id, m.refund_id, "
            + "m.visit_starts_at, m.status, m.reason, m.attempts, m.not_before, m.next_attempt_at, m.provider_id, "
            + "m.sent_at, m.created_at, m.updated_at";

    /**
     * Leases due messages of every tenant to one dispatcher run: a conditional write, so two nodes (or
     * two Galera primaries, where a locking read is not certified across nodes) never hold the same row.
     * Whoever comes second waits for the first's row locks and then sees them leased.
     */
    @SqlUpdate("UPDATE messages SET lease_owner = :token, lease_until = :until "
            + "WHERE status IN ('PENDING', 'DEFERRED') AND next_attempt_at <= :now "
            + "AND (lease_until IS NULL OR lease_until < :now) ORDER BY next_attempt_at LIMIT :limit")
    int claimDue(@Bind("token") String token, @Bind("until") Instant until, @Bind("now") Instant now,
                 @Bind("limit") int limit);

    @SqlQuery("SELECT " + COLUMNS + " FROM messages m WHERE m.lease_owner = :token ORDER BY m.next_attempt_at")
    List<Message> claimed(@Bind("token") String token);

    /** Records the outcome and lets go of the lease; 0 when the lease was lost (another run owns the row). */
    @SqlUpdate("UPDATE messages SET status = :status, reason = :reason, attempts = :attempts, "
            + "next_attempt_at = :next, provider_id = :providerId, sent_at = :sentAt, lease_owner = NULL, "
            + "lease_until = NULL, updated_at = :now "
            + "WHERE tenant_id = :tenantId AND id = :id AND lease_owner = :token")
    int record(@Bind("tenantId") String tenantId, @Bind("id") String id, @Bind("token") String token,
               @Bind("status") MessageStatus status, @Bind("reason") String reason, @Bind("attempts") int attempts,
               @Bind("next") Instant next, @Bind("providerId") String providerId, @Bind("sentAt") Instant sentAt,
               @Bind("now") Instant now);

    @SqlQuery("SELECT " + COLUMNS + " FROM messages m WHERE m.tenant_id = :tenantId "
            + "AND m.appointment_id = :appointmentId ORDER BY m.id LIMIT 500")
    List<Message> forAppointment(@Bind("tenantId") String tenantId, @Bind("appointmentId") String appointmentId);

    /** Refund notices name the visit, not the patient: they are found through it. */
    @SqlQuery("SELECT " + COLUMNS + " FROM messages m LEFT JOIN appointments a ON a.tenant_id = m.tenant_id "
            + "AND a.id = m.appointment_id WHERE m.tenant_id = :tenantId "
            + "AND (m.patient_id = :patientId OR a.patient_id = :patientId) ORDER BY m.id DESC LIMIT 500")
    List<Message> forPatient(@Bind("tenantId") String tenantId, @Bind("patientId") String patientId);
}
