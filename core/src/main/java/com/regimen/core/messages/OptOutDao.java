package com.regimen.core.messages;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.List;

public interface OptOutDao {
    @SqlQuery("SELECT channel FROM message_opt_outs WHERE tenant_id = :tenantId AND patient_id = :patientId")
    List<String> channels(@Bind("tenantId") String tenantId, @Bind("patientId") String patientId);

    @SqlUpdate("INSERT IGNORE INTO message_opt_outs (tenant_id, patient_id, channel, recorded_by, recorded_at) "
            + "VALUES (:tenantId, :patientId, :channel, :by, :now)")
    int optOut(@Bind("tenantId") String tenantId, @Bind("patientId") String patientId,
               @Bind("channel") String channel, @Bind("by") String by, @Bind("now") Instant now);

    @SqlUpdate("DELETE FROM message_opt_outs WHERE tenant_id = :tenantId AND patient_id = :patientId "
            + "AND channel = :channel")
    int optIn(@Bind("tenantId") String tenantId, @Bind("patientId") String patientId,
              @Bind("channel") String channel);
}
