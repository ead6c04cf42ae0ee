package com.regimen.core.plugins;

import com.regimen.core.errors.DomainException;
import com.regimen.core.errors.ErrorKind;
import com.regimen.plugin.spi.PriceSettings;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * Whether a tenant offers a treatment, and at what prices: {@code prices} in the tenant's currency,
 * {@code pricesByCurrency} in the other currencies its locations charge in (minor units, by the
 * plugin's price keys).
 *
 * @param updatedAt null while the tenant has never set anything (defaults shown)
 */
public record TreatmentSettings(String treatmentId, boolean enabled, String currency, Map<String, Long> prices,
                                Map<String, Map<String, Long>> pricesByCurrency, int depositPercent,
                                Instant updatedAt) {
    public TreatmentSettings {
        prices = Map.copyOf(prices);
        Map<String, Map<String, Long>> copy = new TreeMap<>();
        pricesByCurrency.forEach((c, p) -> copy.put(c, Map.copyOf(p)));
        pricesByCurrency = Map.copyOf(copy);
    }

    /** Prices in the tenant's currency. */
    public PriceSettings priceSettings() {
        return new PriceSettings(currency, prices, depositPercent);
    }

    /** Prices in a location's currency; 422 PRICE_NOT_SET when the treatment has none in it. */
    public PriceSettings priceSettings(String inCurrency) {
        if (currency.equals(inCurrency)) {
            return priceSettings();
        }
        Map<String, Long> inOther = pricesByCurrency.get(inCurrency);
        if (inOther == null || inOther.isEmpty()) {
            throw new DomainException(ErrorKind.UNPROCESSABLE, "PRICE_NOT_SET", "This treatment has no prices in "
                    + inCurrency + ", the currency of that location: set pricesByCurrency." + inCurrency
                    + " in the treatment's settings.");
        }
        return new PriceSettings(inCurrency, inOther, depositPercent);
    }
}
