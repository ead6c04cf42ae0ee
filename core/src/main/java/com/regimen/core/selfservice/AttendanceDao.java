package com.regimen.core.selfservice;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.Optional;

public interface AttendanceDao {
    /** 1 when this is the first confirmation; 0 when the patient had confirmed already (kept as it was). */
    @SqlUpdate("INSERT IGNORE INTO attendance_confirmations (tenant_id, appointment_id, link_id, confirmed_at) "
            + "VALUES (:tenantId, :appointmentId, :linkId, :confirmedAt)")
    int confirm(@Bind("tenantId") String tenantId, @Bind("appointmentId") String appointmentId,
                @Bind("linkId") String linkId, @Bind("confirmedAt") Instant confirmedAt);

    @SqlQuery("SELECT confirmed_at FROM attendance_confirmations WHERE tenant_id = :tenantId "
            + "AND appointment_id = :appointmentId")
    Optional<Instant> confirmedAt(@Bind("tenantId") String tenantId, @Bind("appointmentId") String appointmentId);
}
