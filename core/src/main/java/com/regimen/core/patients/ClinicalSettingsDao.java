package com.regimen.core.patients;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.Optional;

public interface ClinicalSettingsDao {

    @SqlQuery("SELECT clearance_valid_days, intake_valid_days FROM clinical_settings WHERE tenant_id = :tenantId")
    @RegisterConstructorMapper(ClinicalSettings.class)
    Optional<ClinicalSettings> find(@Bind("tenantId") String tenantId);

    @SqlUpdate("INSERT INTO clinical_settings (tenant_id, clearance_valid_days, intake_valid_days, updated_at) "
            + "VALUES (:tenantId, :clearance, :intake, :now) ON DUPLICATE KEY UPDATE "
            + "clearance_valid_days = VALUES(clearance_valid_days), intake_valid_days = VALUES(intake_valid_days), "
            + "updated_at = VALUES(updated_at)")
    void save(@Bind("tenantId") String tenantId, @Bind("clearance") int clearanceValidDays,
              @Bind("intake") int intakeValidDays, @Bind("now") Instant now);
}
