package com.regimen.core.booking;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.List;

/** The treatments switched off at a location (no row: offered wherever accredited). */
public interface LocationOfferingDao {

    @SqlQuery("SELECT treatment_id FROM location_treatments_off WHERE tenant_id = :tenantId "
            + "AND location_id = :locationId ORDER BY treatment_id")
    List<String> switchedOff(@Bind("tenantId") String tenantId, @Bind("locationId") String locationId);

    @SqlQuery("SELECT COUNT(*) > 0 FROM location_treatments_off WHERE tenant_id = :tenantId "
            + "AND location_id = :locationId AND treatment_id = :treatmentId")
    boolean isSwitchedOff(@Bind("tenantId") String tenantId, @Bind("locationId") String locationId,
                          @Bind("treatmentId") String treatmentId);

    @SqlUpdate("INSERT IGNORE INTO location_treatments_off (tenant_id, location_id, treatment_id, switched_off_by, "
            + "switched_off_at) VALUES (:tenantId, :locationId, :treatmentId, :actorId, :at)")
    int switchOff(@Bind("tenantId") String tenantId, @Bind("locationId") String locationId,
                  @Bind("treatmentId") String treatmentId, @Bind("actorId") String actorId, @Bind("at") Instant at);

    @SqlUpdate("DELETE FROM location_treatments_off WHERE tenant_id = :tenantId AND location_id = :locationId "
            + "AND treatment_id = :treatmentId")
    int switchOn(@Bind("tenantId") String tenantId, @Bind("locationId") String locationId,
                 @Bind("treatmentId") String treatmentId);
}
