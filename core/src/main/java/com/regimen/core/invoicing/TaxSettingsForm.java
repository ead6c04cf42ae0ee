package com.regimen.core.invoicing;

import java.math.BigDecimal;

/**
 * What an owner or manager sends to set a location's tax details. {@code country} defaults from the
 * location's zone, {@code vatRatePercent} from the country, {@code pricesIncludeVat} to true.
 */
public record TaxSettingsForm(String sellerNameAr, String sellerNameEn, String vatNumber, String country,
                              BigDecimal vatRatePercent, Boolean pricesIncludeVat) {
}
