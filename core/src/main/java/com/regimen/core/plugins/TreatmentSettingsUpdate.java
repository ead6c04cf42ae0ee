package com.regimen.core.plugins;

import java.util.Map;

/** A tenant's new settings for a treatment; null fields keep their current value. */
public record TreatmentSettingsUpdate(Boolean enabled, Map<String, Long> prices, Integer depositPercent) {
}
