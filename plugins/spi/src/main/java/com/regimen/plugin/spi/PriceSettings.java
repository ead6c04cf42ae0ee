package com.regimen.plugin.spi;

import java.util.Map;
import java.util.OptionalLong;

/**
 * A tenant's prices for one treatment, in minor units of {@code currency}, by the keys the plugin
 * names in {@link TreatmentPlugin#defaultPrices()}; plus the deposit as a percentage.
 */
public record PriceSettings(String currency, Map<String, Long> amounts, int depositPercent) {
    public PriceSettings {
        amounts = Map.copyOf(amounts);
    }

    public OptionalLong amount(String key) {
        Long value = amounts.get(key);
        return value == null ? OptionalLong.empty() : OptionalLong.of(value);
    }
}
