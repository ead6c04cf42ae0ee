package com.regimen.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import com.regimen.core.plugins.TreatmentSettings;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** {@code priceKeys} lists the prices this treatment takes; {@code updatedAt} is null until first saved. */
public record TreatmentSettingsView(String treatmentId, boolean enabled, String currency, Map<String, Long> prices,
                                    Map<String, Map<String, Long>> pricesByCurrency, Set<String> priceKeys,
                                    int depositPercent, @Schema(nullable = true) Instant updatedAt) {
    public static TreatmentSettingsView of(TreatmentSettings settings, Set<String> priceKeys) {
        return new TreatmentSettingsView(settings.treatmentId(), settings.enabled(), settings.currency(),
                new TreeMap<>(settings.prices()), new TreeMap<>(settings.pricesByCurrency()), new TreeSet<>(priceKeys),
                settings.depositPercent(),
                settings.updatedAt());
    }
}
