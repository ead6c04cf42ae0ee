package com.regimen.core.patients;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface PatientIntakeDao {

    record Row(String patientId, int version, String answers, String recordedBy, Instant recordedAt) {
    }

    @SqlQuery("SELECT COALESCE(MAX(version), 0) FROM patient_intakes WHERE tenant_id = :tenantId "
            + "AND patient_id = :patientId")
    int latestVersion(@Bind("tenantId") String tenantId, @Bind("patientId") String patientId);

    @SqlUpdate("INSERT INTO patient_intakes (tenant_id, patient_id, version, answers, recorded_by, recorded_at) "
            + "VALUES (:tenantId, :patientId, :version, :answers, :recordedBy, :recordedAt)")
    void insert(@Bind("tenantId") String tenantId, @Bind("patientId") String patientId, @Bind("version") int version,
                @Bind("answers") String answers, @Bind("recordedBy") String recordedBy,
                @Bind("recordedAt") Instant recordedAt);

    @SqlQuery("SELECT patient_id, version, answers, recorded_by, recorded_at FROM patient_intakes "
            + "WHERE tenant_id = :tenantId AND patient_id = :patientId ORDER BY version DESC LIMIT 1")
    @RegisterConstructorMapper(Row.class)
    Optional<Row> latest(@Bind("tenantId") String tenantId, @Bind("patientId") String patientId);

    record MedicineRow(int position, String listed, String medicine, String classes, String source) {
    }

    @SqlUpdate("INSERT INTO patient_intake_medicines (tenant_id, patient_id, intake_version, position, listed, "
            + "medicine, classes, source) VALUES (:tenantId, :patientId, :version, :position, :listed, :medicine, "
            + ":classes, :source)")
    void insertMedicine(@Bind("tenantId") String tenantId, @Bind("patientId") String patientId,
                        @Bind("version") int version, @Bind("position") int position, @Bind("listed") String listed,
                        @Bind("medicine") String medicine, @Bind("classes") String classes,
                        @Bind("source") String source);

    @SqlQuery("SELECT position, listed, medicine, classes, source FROM patient_intake_medicines "
            + "WHERE tenant_id = :tenantId AND patient_id = :patientId AND intake_version = :version ORDER BY position")
    @RegisterConstructorMapper(MedicineRow.class)
    List<MedicineRow> medicines(@Bind("tenantId") String tenantId, @Bind("patientId") String patientId,
                                @Bind("version") int version);
}
