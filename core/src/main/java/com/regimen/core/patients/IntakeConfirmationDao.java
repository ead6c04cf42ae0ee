package com.regimen.core.patients;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.Optional;

public interface IntakeConfirmationDao {

    /** The latest intake version and when it was last known to hold: recorded, or confirmed since. */
    record Standing(int version, Instant recordedAt, Instant confirmedAt) {
        public Instant heldSince() {
            return confirmedAt != null && confirmedAt.isAfter(recordedAt) ? confirmedAt : recordedAt;
        }
    }

    @SqlQuery("SELECT i.version, i.recorded_at, c.confirmed_at FROM patient_intakes i "
            + "LEFT JOIN intake_confirmations c ON c.tenant_id = i.tenant_id AND c.patient_id = i.patient_id "
            + "AND c.version = i.version WHERE i.tenant_id = :tenantId AND i.patient_id = :patientId "
            + "ORDER BY i.version DESC LIMIT 1")
    @RegisterConstructorMapper(Standing.class)
    Optional<Standing> latest(@Bind("tenantId") String tenantId, @Bind("patientId") String patientId);

    @SqlUpdate("INSERT INTO intake_confirmations (tenant_id, patient_id, version, confirmed_by, confirmed_at) "
            + "VALUES (:tenantId, :patientId, :version, :by, :at) ON DUPLICATE KEY UPDATE "
            + "confirmed_by = VALUES(confirmed_by), confirmed_at = VALUES(confirmed_at)")
    void confirm(@Bind("tenantId") String tenantId, @Bind("patientId") String patientId, @Bind("version") int version,
                 @Bind("by") String confirmedBy, @Bind("at") Instant confirmedAt);
}
