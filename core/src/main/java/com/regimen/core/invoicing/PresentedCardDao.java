package com.regimen.core.invoicing;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the card a reader took a payment from (the terminal package's rows), as the receipt and the
 * invoice print it. Only a charge that succeeded counts: a declined card paid nothing.
 */
public interface PresentedCardDao {
    record CardRow(String paymentId, String brand, String last4, String readMethod) {
        PresentedCard card() {
            return new PresentedCard(brand, last4, readMethod);
        }
    }

    String SELECT = "SELECT t.payment_id, t.card_brand AS brand, t.card_last4 AS last4, t.read_method "
            + "FROM terminal_charges t ";

    @SqlQuery(SELECT + "WHERE t.tenant_id = :tenantId AND t.payment_id = :paymentId AND t.state = 'SUCCEEDED'")
    @RegisterConstructorMapper(CardRow.class)
    Optional<CardRow> payment(@Bind("tenantId") String tenantId, @Bind("paymentId") String paymentId);

    @SqlQuery(SELECT + "JOIN payments p ON p.tenant_id = t.tenant_id AND p.id = t.payment_id "
            + "WHERE t.tenant_id = :tenantId AND p.appointment_id = :appointmentId AND t.state = 'SUCCEEDED'")
    @RegisterConstructorMapper(CardRow.class)
    List<CardRow> appointment(@Bind("tenantId") String tenantId, @Bind("appointmentId") String appointmentId);

    default Optional<PresentedCard> forPayment(String tenantId, String paymentId) {
        return payment(tenantId, paymentId).map(CardRow::card);
    }

    /** By payment id, for the appointment's payments taken on a reader. */
    default Map<String, PresentedCard> forAppointment(String tenantId, String appointmentId) {
        Map<String, PresentedCard> cards = new LinkedHashMap<>();
        appointment(tenantId, appointmentId).forEach(row -> cards.put(row.paymentId(), row.card()));
        return cards;
    }
}
