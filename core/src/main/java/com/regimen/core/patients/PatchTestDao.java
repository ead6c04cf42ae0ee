package com.regimen.core.patients;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@RegisterConstructorMapper(PatchTest.class)
public interface PatchTestDao {

    @SqlUpdate("INSERT INTO patch_tests (tenant_id, id, patient_id, treatment_id, applied_at, read_at, reaction, notes, "
            + "recorded_by, recorded_at) VALUES (:tenantId, :t.id, :t.patientId, :t.treatmentId, :t.appliedAt, "
            + ":t.readAt, :t.reaction, :t.notes, :t.recordedBy, :t.recordedAt)")
    void insert(@Bind("tenantId") String tenantId, @BindMethods("t") PatchTest test);

    @SqlQuery("SELECT id, patient_id, treatment_id, applied_at, read_at, reaction, notes, recorded_by, recorded_at "
            + "FROM patch_tests WHERE tenant_id = :tenantId AND patient_id = :patientId "
            + "ORDER BY read_at DESC, recorded_at DESC, id DESC")
    List<PatchTest> forPatient(@Bind("tenantId") String tenantId, @Bind("patientId") String patientId);

    /** The reading that decides: the latest read by {@code asOf}; of two read at once, the later recorded. */
    @SqlQuery("SELECT id, patient_id, treatment_id, applied_at, read_at, reaction, notes, recorded_by, recorded_at "
            + "FROM patch_tests WHERE tenant_id = :tenantId AND patient_id = :patientId "
            + "AND treatment_id = :treatmentId AND read_at <= :asOf ORDER BY read_at DESC, recorded_at DESC, id DESC LIMIT 1")
    Optional<PatchTest> latestReading(@Bind("tenantId") String tenantId, @Bind("patientId") String patientId,
                                      @Bind("treatmentId") String treatmentId, @Bind("asOf") Instant asOf);
}
