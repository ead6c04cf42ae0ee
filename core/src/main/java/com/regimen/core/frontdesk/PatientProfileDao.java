package com.regimen.core.frontdesk;

import com.regimen.core.booking.Appointment;
import com.regimen.core.booking.AppointmentDao;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

import java.time.Instant;
import java.util.List;

/** What the patient profile reads beyond the domains' own services, newest first and bounded. */
public interface PatientProfileDao {
    int MAX_ROWS = 100;

    record IntakeVersion(int version, Instant recordedAt) {
    }

    record ScreeningSummary(String id, String treatmentId, String outcome, Instant createdAt) {
    }

    @SqlQuery("SELECT version, recorded_at FROM patient_intakes WHERE tenant_id = :tenantId AND patient_id = :patientId "
            + "ORDER BY version DESC LIMIT " + MAX_ROWS)
    @RegisterConstructorMapper(IntakeVersion.class)
    List<IntakeVersion> intakeVersions(@Bind("tenantId") String tenantId, @Bind("patientId") String patientId);

    @SqlQuery("SELECT id, treatment_id, outcome, created_at FROM screenings WHERE tenant_id = :tenantId "
            + "AND patient_id = :patientId ORDER BY created_at DESC, id DESC LIMIT " + MAX_ROWS)
    @RegisterConstructorMapper(ScreeningSummary.class)
    List<ScreeningSummary> screenings(@Bind("tenantId") String tenantId, @Bind("patientId") String patientId);

    @SqlQuery("SELECT " + AppointmentDao.COLUMNS + " FROM appointments WHERE tenant_id = :tenantId "
            + "AND patient_id = :patientId ORDER BY starts_at DESC, id DESC LIMIT " + MAX_ROWS)
    @RegisterConstructorMapper(Appointment.class)
    List<Appointment> appointments(@Bind("tenantId") String tenantId, @Bind("patientId") String patientId);
}
