package com.regimen.core.clearance;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@RegisterConstructorMapper(ClearanceDao.Row.class)
public interface ClearanceDao {

    /** As stored: findings is a JSON array of codes; the physician's name comes from the practitioner row. */
    record Row(String id, String patientId, String treatmentId, String findings, String findingEvidence,
               String screeningId, String note,
               String physicianId, String physicianName, String clearedBy, Instant clearedAt, Instant expiresAt,
               Instant revokedAt, String revokedBy, String revokeReason) {
    }

    String SELECT = "SELECT c.id, c.patient_id, c.treatment_id, c.findings, c.finding_evidence, c.screening_id, c.note, c.physician_id, "
            + "p.name AS physician_name, c.cleared_by, c.cleared_at, c.expires_at, c.revoked_at, c.revoked_by, "
            + "c.revoke_reason FROM clearances c LEFT JOIN practitioners p ON p.tenant_id = c.tenant_id "
            + "AND p.id = c.physician_id ";

    @SqlUpdate("INSERT INTO clearances (tenant_id, id, patient_id, treatment_id, findings, finding_evidence, "
            + "screening_id, note, physician_id, cleared_by, cleared_at, expires_at) VALUES (:tenantId, :id, "
            + ":patientId, :treatmentId, :findings, :findingEvidence, :screeningId, :note, :physicianId, :clearedBy, :clearedAt, :expiresAt)")
    void insert(@Bind("tenantId") String tenantId, @Bind("id") String id, @Bind("patientId") String patientId,
                @Bind("treatmentId") String treatmentId, @Bind("findings") String findings,
                @Bind("findingEvidence") String findingEvidence, @Bind("screeningId") String screeningId, @Bind("note") String note,
                @Bind("physicianId") String physicianId, @Bind("clearedBy") String clearedBy,
                @Bind("clearedAt") Instant clearedAt, @Bind("expiresAt") Instant expiresAt);

    @SqlQuery(SELECT + "WHERE c.tenant_id = :tenantId AND c.id = :id")
    Optional<Row> find(@Bind("tenantId") String tenantId, @Bind("id") String id);

    @SqlQuery(SELECT + "WHERE c.tenant_id = :tenantId AND c.patient_id = :patientId ORDER BY c.cleared_at DESC, c.id "
            + "LIMIT 200")
    List<Row> forPatient(@Bind("tenantId") String tenantId, @Bind("patientId") String patientId);

    /** Unrevoked and unexpired at {@code at}, newest first. */
    @SqlQuery(SELECT + "WHERE c.tenant_id = :tenantId AND c.patient_id = :patientId AND c.treatment_id = :treatmentId "
            + "AND c.revoked_at IS NULL AND c.expires_at > :at ORDER BY c.cleared_at DESC, c.id")
    List<Row> validFor(@Bind("tenantId") String tenantId, @Bind("patientId") String patientId,
                       @Bind("treatmentId") String treatmentId, @Bind("at") Instant at);

    @SqlUpdate("UPDATE clearances SET revoked_at = :at, revoked_by = :by, revoke_reason = :reason "
            + "WHERE tenant_id = :tenantId AND id = :id AND revoked_at IS NULL")
    int revoke(@Bind("tenantId") String tenantId, @Bind("id") String id, @Bind("by") String by,
               @Bind("at") Instant at, @Bind("reason") String reason);
}
