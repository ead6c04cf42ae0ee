package com.regimen.core.discounts;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.util.Optional;

@RegisterConstructorMapper(AppliedDiscount.class)
public interface AppliedDiscountDao {
    String COLUMNS = "id, appointment_id, rule_id, amount, currency, reason, applied_by, applied_at";

    @SqlQuery("SELECT " + COLUMNS + " FROM appointment_discounts WHERE tenant_id = :tenantId "
            + "AND appointment_id = :appointmentId")
    Optional<AppliedDiscount> forAppointment(@Bind("tenantId") String tenantId,
                                             @Bind("appointmentId") String appointmentId);

    @SqlUpdate("INSERT INTO appointment_discounts (tenant_id, " + COLUMNS + ") VALUES (:tenantId, :d.id, "
            + ":d.appointmentId, :d.ruleId, :d.amount, :d.currency, :d.reason, :d.appliedBy, :d.appliedAt)")
    void insert(@Bind("tenantId") String tenantId, @BindMethods("d") AppliedDiscount discount);

    /** What is taken off an appointment's price: 0 without a discount. */
    default long amountFor(String tenantId, String appointmentId) {
        return forAppointment(tenantId, appointmentId).map(AppliedDiscount::amount).orElse(0L);
    }
}
