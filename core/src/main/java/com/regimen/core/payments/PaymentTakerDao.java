package com.regimen.core.payments;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

import java.util.List;

/** Who took each of an appointment's payments: the staff user, else the API key, that created it. */
public interface PaymentTakerDao {
    record Row(String paymentId, String actorId, String name) {
    }

    @SqlQuery("SELECT p.id AS payment_id, p.created_by AS actor_id, COALESCE(u.name, k.name) AS name FROM payments p "
            + "LEFT JOIN staff_users u ON u.tenant_id = p.tenant_id AND u.id = p.created_by "
            + "LEFT JOIN api_keys k ON k.tenant_id = p.tenant_id AND k.id = p.created_by "
            + "WHERE p.tenant_id = :tenantId AND p.appointment_id = :appointmentId AND p.created_by IS NOT NULL")
    @RegisterConstructorMapper(Row.class)
    List<Row> forAppointment(@Bind("tenantId") String tenantId, @Bind("appointmentId") String appointmentId);
}
