package com.regimen.core.plugins;

import com.regimen.plugin.spi.PriceSettings;

import java.time.Instant;
import java.util.Map;

/**
 * Whether a tenant offers a treatment, and at what prices (minor units of the tenant's currency,
 * by the plugin's price keys).
 *
 * @param updatedAt null while the tenant has never set anything (defaults shown)
 */
public record TreatmentSettings(String treatmentId, boolean enabled, String currency, Map<String, Long> prices,
                                int depositPercent, Instant updatedAt) {
    public TreatmentSettings {
        prices = Map.copyOf(prices);
    }

    public PriceSettings priceSettings() {
        return new PriceSettings(currency, prices, depositPercent);
    }
}
