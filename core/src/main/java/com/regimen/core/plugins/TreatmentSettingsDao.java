package com.regimen.core.plugins;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.Optional;

public interface TreatmentSettingsDao {

    record Row(String treatmentId, boolean enabled, String currency, String prices, String pricesByCurrency,
               int depositPercent, Instant updatedAt) {
    }

    @SqlQuery("SELECT treatment_id, enabled, currency, prices, prices_by_currency, deposit_percent, updated_at "
            + "FROM treatment_settings "
            + "WHERE tenant_id = :tenantId AND treatment_id = :treatmentId")
    @RegisterConstructorMapper(Row.class)
    Optional<Row> find(@Bind("tenantId") String tenantId, @Bind("treatmentId") String treatmentId);

    @SqlQuery("SELECT treatment_id FROM treatment_settings WHERE tenant_id = :tenantId AND enabled")
    java.util.List<String> enabledIds(@Bind("tenantId") String tenantId);

    @SqlUpdate("INSERT INTO treatment_settings (tenant_id, treatment_id, enabled, currency, prices, prices_by_currency, "
            + "deposit_percent, updated_at) VALUES (:tenantId, :treatmentId, :enabled, :currency, :prices, "
            + ":pricesByCurrency, :depositPercent, :now) "
            + "ON DUPLICATE KEY UPDATE enabled = VALUES(enabled), currency = VALUES(currency), "
            + "prices = VALUES(prices), prices_by_currency = VALUES(prices_by_currency), "
            + "deposit_percent = VALUES(deposit_percent), updated_at = VALUES(updated_at)")
    void upsert(@Bind("tenantId") String tenantId, @Bind("treatmentId") String treatmentId,
                @Bind("enabled") boolean enabled, @Bind("currency") String currency, @Bind("prices") String prices,
                @Bind("pricesByCurrency") String pricesByCurrency, @Bind("depositPercent") int depositPercent,
                @Bind("now") Instant now);
}
