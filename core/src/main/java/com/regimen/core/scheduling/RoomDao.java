package com.regimen.core.scheduling;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@RegisterConstructorMapper(RoomDao.Row.class)
public interface RoomDao {

    record Row(String tenantId, String id, String locationId, String name, String equipment, int turnoverMinutes,
               boolean active, Instant createdAt, Instant updatedAt) {
    }

    String COLUMNS = "tenant_id, id, location_id, name, equipment, turnover_minutes, active, created_at, updated_at";

    @SqlUpdate("INSERT INTO rooms (" + COLUMNS + ") VALUES (:r.tenantId, :r.id, :r.locationId, :r.name, :r.equipment, "
            + ":r.turnoverMinutes, :r.active, :r.createdAt, :r.updatedAt)")
    void insert(@BindMethods("r") Row row);

    @SqlUpdate("UPDATE rooms SET location_id = :r.locationId, name = :r.name, equipment = :r.equipment, "
            + "turnover_minutes = :r.turnoverMinutes, active = :r.active, updated_at = :r.updatedAt "
            + "WHERE tenant_id = :r.tenantId AND id = :r.id")
    int update(@BindMethods("r") Row row);

    @SqlQuery("SELECT " + COLUMNS + " FROM rooms WHERE tenant_id = :tenantId AND id = :id")
    Optional<Row> find(@Bind("tenantId") String tenantId, @Bind("id") String id);

    @SqlQuery("SELECT " + COLUMNS + " FROM rooms WHERE tenant_id = :tenantId "
            + "AND (:locationId IS NULL OR location_id = :locationId) AND (:afterId IS NULL OR id > :afterId) "
            + "ORDER BY id LIMIT :limit")
    List<Row> list(@Bind("tenantId") String tenantId, @Bind("locationId") String locationId,
                   @Bind("afterId") String afterId, @Bind("limit") int limit);
}
