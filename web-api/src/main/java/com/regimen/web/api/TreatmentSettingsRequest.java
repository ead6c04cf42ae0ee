package com.regimen.web.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.util.Map;

/** Fields left out keep their values; {@code prices} merges into the current prices. */
public record TreatmentSettingsRequest(Boolean enabled, Map<String, Long> prices,
                                       @Min(0) @Max(100) Integer depositPercent) {
}
