package com.regimen.core.scheduling;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@RegisterConstructorMapper(PractitionerDao.Row.class)
public interface PractitionerDao {

    record Row(String tenantId, String id, String name, String userId, String credentials, String schedule,
               boolean active, Instant createdAt, Instant updatedAt) {
    }

    String COLUMNS = "tenant_id, id, name, user_id, credentials, schedule, active, created_at, updated_at";

    @SqlUpdate("INSERT INTO practitioners (" + COLUMNS + ") VALUES (:r.tenantId, :r.id, :r.name, :r.userId, "
            + ":r.credentials, :r.schedule, :r.active, :r.createdAt, :r.updatedAt)")
    void insert(@BindMethods("r") Row row);

    @SqlUpdate("UPDATE practitioners SET name = :r.name, user_id = :r.userId, credentials = :r.credentials, "
            + "schedule = :r.schedule, active = :r.active, updated_at = :r.updatedAt "
            + "WHERE tenant_id = :r.tenantId AND id = :r.id")
    int update(@BindMethods("r") Row row);

    @SqlQuery("SELECT " + COLUMNS + " FROM practitioners WHERE tenant_id = :tenantId AND id = :id")
    Optional<Row> find(@Bind("tenantId") String tenantId, @Bind("id") String id);

    /** The practitioners a signed-in user is linked to (a physician clearing a patient acts as one of them). */
    @SqlQuery("SELECT " + COLUMNS + " FROM practitioners WHERE tenant_id = :tenantId AND user_id = :userId "
            + "ORDER BY id")
    List<Row> findByUser(@Bind("tenantId") String tenantId, @Bind("userId") String userId);

    @SqlQuery("SELECT " + COLUMNS + " FROM practitioners WHERE tenant_id = :tenantId "
            + "AND (:afterId IS NULL OR id > :afterId) ORDER BY id LIMIT :limit")
    List<Row> list(@Bind("tenantId") String tenantId, @Bind("afterId") String afterId, @Bind("limit") int limit);

    /**
     * The active practitioners with a shift at a location (the schedule is JSON): booking without a
     * named practitioner reads these, not the whole chain's staff.
     */
    @SqlQuery("SELECT " + COLUMNS + " FROM practitioners WHERE tenant_id = :tenantId AND active "
            + "AND JSON_SEARCH(schedule, 'one', :locationId, NULL, '$[*].locationId') IS NOT NULL ORDER BY id LIMIT :limit")
    List<Row> activeAt(@Bind("tenantId") String tenantId, @Bind("locationId") String locationId,
                       @Bind("limit") int limit);

    @SqlUpdate("INSERT INTO practitioner_time_off (tenant_id, id, practitioner_id, starts_at, ends_at, reason, "
            + "created_at) VALUES (:tenantId, :t.id, :t.practitionerId, :t.from, :t.to, :t.reason, :t.createdAt)")
    void insertTimeOff(@Bind("tenantId") String tenantId, @BindMethods("t") TimeOff timeOff);

    @SqlQuery("SELECT id, practitioner_id, starts_at, ends_at, reason, created_at "
            + "FROM practitioner_time_off WHERE tenant_id = :tenantId AND practitioner_id = :practitionerId "
            + "AND ends_at > :from ORDER BY starts_at")
    @RegisterConstructorMapper(TimeOffRow.class)
    List<TimeOffRow> timeOffFrom(@Bind("tenantId") String tenantId, @Bind("practitionerId") String practitionerId,
                                 @Bind("from") Instant from);

    /** Time off of several practitioners overlapping a window, in one statement (an availability search's). */
    @SqlQuery("SELECT id, practitioner_id, starts_at, ends_at, reason, created_at "
            + "FROM practitioner_time_off WHERE tenant_id = :tenantId AND practitioner_id IN (<ids>) "
            + "AND ends_at > :from AND starts_at < :to ORDER BY practitioner_id, starts_at")
    @RegisterConstructorMapper(TimeOffRow.class)
    List<TimeOffRow> timeOffOverlapping(@Bind("tenantId") String tenantId, @BindList("ids") List<String> ids,
                                        @Bind("from") Instant from, @Bind("to") Instant to);

    @SqlUpdate("DELETE FROM practitioner_time_off WHERE tenant_id = :tenantId AND practitioner_id = :practitionerId "
            + "AND id = :id")
    int deleteTimeOff(@Bind("tenantId") String tenantId, @Bind("practitionerId") String practitionerId,
                      @Bind("id") String id);

    record TimeOffRow(String id, String practitionerId, Instant startsAt, Instant endsAt, String reason,
                      Instant createdAt) {
        public TimeOff toTimeOff() {
            return new TimeOff(id, practitionerId, startsAt, endsAt, reason, createdAt);
        }
    }
}
