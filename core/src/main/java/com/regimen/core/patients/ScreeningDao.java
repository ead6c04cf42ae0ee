package com.regimen.core.patients;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.Optional;

public interface ScreeningDao {

    record Row(String id, String patientId, String treatmentId, String pluginVersion, String locationId,
               Integer intakeVersion, String outcome, String findings, Instant createdAt) {
    }

    @SqlUpdate("INSERT INTO screenings (tenant_id, id, patient_id, treatment_id, plugin_version, location_id, "
            + "intake_version, outcome, findings, created_by, created_at) VALUES (:tenantId, :id, :patientId, "
            + ":treatmentId, :pluginVersion, :locationId, :intakeVersion, :outcome, :findings, :createdBy, :createdAt)")
    void insert(@Bind("tenantId") String tenantId, @Bind("id") String id, @Bind("patientId") String patientId,
                @Bind("treatmentId") String treatmentId, @Bind("pluginVersion") String pluginVersion,
                @Bind("locationId") String locationId, @Bind("intakeVersion") Integer intakeVersion,
                @Bind("outcome") String outcome, @Bind("findings") String findings,
                @Bind("createdBy") String createdBy, @Bind("createdAt") Instant createdAt);

    @SqlQuery("SELECT id, patient_id, treatment_id, plugin_version, location_id, intake_version, outcome, findings, "
            + "created_at FROM screenings WHERE tenant_id = :tenantId AND id = :id")
    @RegisterConstructorMapper(Row.class)
    Optional<Row> find(@Bind("tenantId") String tenantId, @Bind("id") String id);
}
