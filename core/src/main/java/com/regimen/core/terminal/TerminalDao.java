package com.regimen.core.terminal;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Terminal Locations and readers of a tenant. */
@RegisterConstructorMapper(TerminalReader.class)
@RegisterConstructorMapper(TerminalLocation.class)
public interface TerminalDao {
    String READER = "id, location_id, stripe_reader_id, label, device_type, serial_number, created_by, created_at, "
            + "updated_at";
    String LOCATION = "location_id, stripe_location_id, idempotency_key, created_at, updated_at";

    @SqlUpdate("INSERT IGNORE INTO terminal_locations (tenant_id, location_id, idempotency_key, created_at, "
            + "updated_at) VALUES (:tenantId, :locationId, :key, :now, :now)")
    int startLocation(@Bind("tenantId") String tenantId, @Bind("locationId") String locationId,
                      @Bind("key") String idempotencyKey, @Bind("now") Instant now);

    @SqlQuery("SELECT " + LOCATION + " FROM terminal_locations WHERE tenant_id = :tenantId AND location_id = :locationId")
    Optional<TerminalLocation> location(@Bind("tenantId") String tenantId, @Bind("locationId") String locationId);

    @SqlUpdate("UPDATE terminal_locations SET stripe_location_id = :stripeId, updated_at = :now "
            + "WHERE tenant_id = :tenantId AND location_id = :locationId AND stripe_location_id IS NULL")
    int locationCreated(@Bind("tenantId") String tenantId, @Bind("locationId") String locationId,
                        @Bind("stripeId") String stripeLocationId, @Bind("now") Instant now);

    @SqlUpdate("INSERT INTO terminal_readers (tenant_id, " + READER + ") VALUES (:tenantId, :r.id, :r.locationId, "
            + ":r.stripeReaderId, :r.label, :r.deviceType, :r.serialNumber, :r.createdBy, :r.createdAt, :r.updatedAt)")
    void insertReader(@Bind("tenantId") String tenantId, @BindMethods("r") TerminalReader reader);

    @SqlQuery("SELECT " + READER + " FROM terminal_readers WHERE tenant_id = :tenantId AND id = :id")
    Optional<TerminalReader> reader(@Bind("tenantId") String tenantId, @Bind("id") String id);

    @SqlQuery("SELECT " + READER + " FROM terminal_readers WHERE tenant_id = :tenantId "
            + "AND stripe_reader_id = :stripeId")
    Optional<TerminalReader> readerByStripeId(@Bind("tenantId") String tenantId, @Bind("stripeId") String stripeId);

    @SqlQuery("SELECT " + READER + " FROM terminal_readers WHERE tenant_id = :tenantId "
            + "AND (:locationId IS NULL OR location_id = :locationId) ORDER BY location_id, label, id LIMIT 500")
    List<TerminalReader> readers(@Bind("tenantId") String tenantId, @Bind("locationId") String locationId);

    @SqlUpdate("UPDATE terminal_readers SET label = :label, updated_at = :now WHERE tenant_id = :tenantId AND id = :id")
    int relabel(@Bind("tenantId") String tenantId, @Bind("id") String id, @Bind("label") String label,
                @Bind("now") Instant now);
}
