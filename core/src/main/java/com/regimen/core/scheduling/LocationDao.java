package com.regimen.core.scheduling;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@RegisterConstructorMapper(LocationDao.Row.class)
public interface LocationDao {

    /** The stored form: hours, closures and accreditations as JSON. */
    record Row(String tenantId, String id, String name, String timezone, String currency, String openingHours,
               String closures, String accreditations, int slotMinutes, boolean active, Instant createdAt,
               Instant updatedAt) {
    }

    String COLUMNS = "tenant_id, id, name, timezone, currency, opening_hours, closures, accreditations, slot_minutes, "
            + "active, created_at, updated_at";

    @SqlUpdate("INSERT INTO locations (" + COLUMNS + ") VALUES (:r.tenantId, :r.id, :r.name, :r.timezone, "
            + ":r.currency, :r.openingHours, :r.closures, :r.accreditations, :r.slotMinutes, :r.active, :r.createdAt, "
            + ":r.updatedAt)")
    void insert(@BindMethods("r") Row row);

    @SqlUpdate("UPDATE locations SET name = :r.name, timezone = :r.timezone, currency = :r.currency, "
            + "opening_hours = :r.openingHours, closures = :r.closures, accreditations = :r.accreditations, "
            + "slot_minutes = :r.slotMinutes, active = :r.active, updated_at = :r.updatedAt "
            + "WHERE tenant_id = :r.tenantId AND id = :r.id")
    int update(@BindMethods("r") Row row);

    @SqlQuery("SELECT " + COLUMNS + " FROM locations WHERE tenant_id = :tenantId AND id = :id")
    Optional<Row> find(@Bind("tenantId") String tenantId, @Bind("id") String id);

    @SqlQuery("SELECT " + COLUMNS + " FROM locations WHERE tenant_id = :tenantId "
            + "AND (:afterId IS NULL OR id > :afterId) ORDER BY id LIMIT :limit")
    List<Row> list(@Bind("tenantId") String tenantId, @Bind("afterId") String afterId, @Bind("limit") int limit);
}
