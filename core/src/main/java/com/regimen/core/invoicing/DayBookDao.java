package com.regimen.core.invoicing;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.LocalDate;
import java.util.List;

@RegisterConstructorMapper(DayBookEntry.class)
public interface DayBookDao {
    String COLUMNS = "id, location_id, business_date, entry_type, source_id, payment_id, appointment_id, method, "
            + "payment_kind, currency, amount, occurred_at";

    /** 0 when the payment or refund is booked already (a repeated call): nothing else to do then. */
    @SqlUpdate("INSERT IGNORE INTO day_book_entries (tenant_id, " + COLUMNS + ") VALUES (:tenantId, :e.id, :e.locationId, "
            + ":e.businessDate, :e.entryType, :e.sourceId, :e.paymentId, :e.appointmentId, :e.method, :e.paymentKind, "
            + ":e.currency, :e.amount, :e.occurredAt)")
    int insert(@Bind("tenantId") String tenantId, @BindMethods("e") DayBookEntry entry);

    @SqlQuery("SELECT " + COLUMNS + " FROM day_book_entries WHERE tenant_id = :tenantId AND location_id = :locationId "
            + "AND business_date = :day ORDER BY occurred_at, id")
    List<DayBookEntry> ofDay(@Bind("tenantId") String tenantId, @Bind("locationId") String locationId,
                             @Bind("day") LocalDate day);
}
