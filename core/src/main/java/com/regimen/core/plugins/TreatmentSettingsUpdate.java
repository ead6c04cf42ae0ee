package com.regimen.core.plugins;

import java.util.Map;

/**
 * A tenant's new settings for a treatment; null fields keep their current value. {@code prices} (the
 * tenant's currency) and each currency of {@code pricesByCurrency} merge into the current prices.
 */
public record TreatmentSettingsUpdate(Boolean enabled, Map<String, Long> prices,
                                      Map<String, Map<String, Long>> pricesByCurrency, Integer depositPercent) {
    public TreatmentSettingsUpdate(Boolean enabled, Map<String, Long> prices, Integer depositPercent) {
        this(enabled, prices, null, depositPercent);
    }
}
