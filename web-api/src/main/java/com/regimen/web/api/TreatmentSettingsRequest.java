package com.regimen.web.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.util.Map;

/**
 * Fields left out keep their values; {@code prices} (the tenant's currency) and each currency of
 * {@code pricesByCurrency} (e.g. {@code {"AED": {"session": 95000}}} for a Dubai location) merge into the
 * current prices.
 */
public record TreatmentSettingsRequest(Boolean enabled, Map<String, Long> prices,
                                       Map<String, Map<String, Long>> pricesByCurrency,
                                       @Min(0) @Max(100) Integer depositPercent) {
}
