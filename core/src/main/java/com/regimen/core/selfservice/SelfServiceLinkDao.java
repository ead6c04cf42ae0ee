package com.regimen.core.selfservice;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.Optional;

@RegisterConstructorMapper(SelfServiceLinkDao.Row.class)
public interface SelfServiceLinkDao {
    record Row(String id, String patientId, String appointmentId, Instant expiresAt, Instant revokedAt) {
    }

    @SqlUpdate("INSERT INTO self_service_links (tenant_id, id, token_sha256, patient_id, appointment_id, expires_at, "
            + "created_by, created_at) VALUES (:tenantId, :id, :tokenSha256, :patientId, :appointmentId, :expiresAt, "
            + ":createdBy, :createdAt)")
    void insert(@Bind("tenantId") String tenantId, @Bind("id") String id, @Bind("tokenSha256") String tokenSha256,
                @Bind("patientId") String patientId, @Bind("appointmentId") String appointmentId,
                @Bind("expiresAt") Instant expiresAt, @Bind("createdBy") String createdBy,
                @Bind("createdAt") Instant createdAt);

    @SqlQuery("SELECT id, patient_id, appointment_id, expires_at, revoked_at FROM self_service_links "
            + "WHERE tenant_id = :tenantId AND token_sha256 = :tokenSha256")
    Optional<Row> byToken(@Bind("tenantId") String tenantId, @Bind("tokenSha256") String tokenSha256);

    @SqlUpdate("UPDATE self_service_links SET revoked_at = :at WHERE tenant_id = :tenantId "
            + "AND appointment_id = :appointmentId AND revoked_at IS NULL")
    int revokeForAppointment(@Bind("tenantId") String tenantId, @Bind("appointmentId") String appointmentId,
                             @Bind("at") Instant at);
}
