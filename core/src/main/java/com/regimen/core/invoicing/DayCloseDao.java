package com.regimen.core.invoicing;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

@RegisterConstructorMapper(DayCloseDao.Row.class)
public interface DayCloseDao {

    record Row(String id, String locationId, LocalDate businessDate, String currency, long expectedCash,
               long countedCash, long variance, String expectedByMethod, String note, String closedBy,
               Instant closedAt) {
    }

    String COLUMNS = "id, location_id, business_date, currency, expected_cash, counted_cash, variance, "
            + "expected_by_method, note, closed_by, closed_at";

    @SqlUpdate("INSERT INTO day_closes (tenant_id, " + COLUMNS + ") VALUES (:tenantId, :r.id, :r.locationId, "
            + ":r.businessDate, :r.currency, :r.expectedCash, :r.countedCash, :r.variance, :r.expectedByMethod, "
            + ":r.note, :r.closedBy, :r.closedAt)")
    void insert(@Bind("tenantId") String tenantId, @BindMethods("r") Row row);

    @SqlQuery("SELECT " + COLUMNS + " FROM day_closes WHERE tenant_id = :tenantId AND location_id = :locationId "
            + "AND business_date = :day")
    Optional<Row> find(@Bind("tenantId") String tenantId, @Bind("locationId") String locationId,
                       @Bind("day") LocalDate day);

    /**
     * A locking read, so a close committed while the caller waited for the location is seen (the
     * caller's snapshot may be older than that wait).
     */
    @SqlQuery("SELECT COUNT(*) FROM day_closes WHERE tenant_id = :tenantId AND location_id = :locationId "
            + "AND business_date = :day LOCK IN SHARE MODE")
    int closedNow(@Bind("tenantId") String tenantId, @Bind("locationId") String locationId,
                  @Bind("day") LocalDate day);
}
