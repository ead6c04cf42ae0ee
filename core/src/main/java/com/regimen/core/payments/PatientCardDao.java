package com.regimen.core.payments;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.Optional;

@RegisterConstructorMapper(PatientCard.class)
public interface PatientCardDao {

    @SqlUpdate("INSERT IGNORE INTO patient_cards (tenant_id, patient_id, customer_key, updated_at) "
            + "VALUES (:tenantId, :patientId, :customerKey, :now)")
    void claim(@Bind("tenantId") String tenantId, @Bind("patientId") String patientId,
               @Bind("customerKey") String customerKey, @Bind("now") Instant now);

    @SqlQuery("SELECT patient_id, customer_key, stripe_customer_id, payment_method_id, updated_at FROM patient_cards "
            + "WHERE tenant_id = :tenantId AND patient_id = :patientId")
    Optional<PatientCard> find(@Bind("tenantId") String tenantId, @Bind("patientId") String patientId);

    @SqlUpdate("UPDATE patient_cards SET stripe_customer_id = :customerId, updated_at = :now "
            + "WHERE tenant_id = :tenantId AND patient_id = :patientId")
    void setCustomer(@Bind("tenantId") String tenantId, @Bind("patientId") String patientId,
                     @Bind("customerId") String customerId, @Bind("now") Instant now);

    @SqlUpdate("UPDATE patient_cards SET payment_method_id = :paymentMethodId, updated_at = :now "
            + "WHERE tenant_id = :tenantId AND patient_id = :patientId AND stripe_customer_id = :customerId")
    int setPaymentMethod(@Bind("tenantId") String tenantId, @Bind("patientId") String patientId,
                         @Bind("customerId") String customerId, @Bind("paymentMethodId") String paymentMethodId,
                         @Bind("now") Instant now);
}
