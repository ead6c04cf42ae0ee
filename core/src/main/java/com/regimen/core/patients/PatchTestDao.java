package com.regimen.core.patients;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.util.List;

@RegisterConstructorMapper(PatchTest.class)
public interface PatchTestDao {

    @SqlUpdate("INSERT INTO patch_tests (tenant_id, id, patient_id, treatment_id, performed_at, reaction, notes, "
            + "recorded_by, recorded_at) VALUES (:tenantId, :t.id, :t.patientId, :t.treatmentId, :t.performedAt, "
            + ":t.reaction, :t.notes, :t.recordedBy, :t.recordedAt)")
    void insert(@Bind("tenantId") String tenantId, @BindMethods("t") PatchTest test);

    @SqlQuery("SELECT id, patient_id, treatment_id, performed_at, reaction, notes, recorded_by, recorded_at "
            + "FROM patch_tests WHERE tenant_id = :tenantId AND patient_id = :patientId ORDER BY performed_at DESC")
    List<PatchTest> forPatient(@Bind("tenantId") String tenantId, @Bind("patientId") String patientId);
}
