package com.regimen.core.plugins;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;

public interface TreatmentQuoteDao {

    @SqlUpdate("INSERT INTO treatment_quotes (tenant_id, id, treatment_id, plugin_version, sessions, currency, total, "
            + "per_session, deposit, quote_lines, created_by, created_at) VALUES (:tenantId, :id, :treatmentId, "
            + ":pluginVersion, :sessions, :currency, :total, :perSession, :deposit, :lines, :createdBy, :createdAt)")
    void insert(@Bind("tenantId") String tenantId, @Bind("id") String id, @Bind("treatmentId") String treatmentId,
                @Bind("pluginVersion") String pluginVersion, @Bind("sessions") int sessions,
                @Bind("currency") String currency, @Bind("total") long total, @Bind("perSession") long perSession,
                @Bind("deposit") long deposit, @Bind("lines") String lines, @Bind("createdBy") String createdBy,
                @Bind("createdAt") Instant createdAt);
}
