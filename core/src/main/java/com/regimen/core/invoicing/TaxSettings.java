package com.regimen.core.invoicing;

import java.time.Instant;

/**
 * A location's seller details on its tax invoices. {@code configured} false: nothing saved yet, the
 * values are the defaults for its zone and no invoices are issued.
 */
public record TaxSettings(String locationId, boolean configured, TaxCountry country, String sellerNameAr,
                          String sellerNameEn, String vatNumber, int vatRateBasisPoints, boolean pricesIncludeVat,
                          Instant updatedAt) {
}
