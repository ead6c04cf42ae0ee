package com.regimen.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import com.regimen.core.invoicing.TaxSettings;

import java.math.BigDecimal;
import java.time.Instant;

/** A location's tax settings; {@code configured} false shows the defaults for its zone (no invoices yet). */
public record TaxSettingsView(String locationId, boolean configured, String country, @Schema(nullable = true) String sellerNameAr,
                              @Schema(nullable = true) String sellerNameEn, @Schema(nullable = true) String vatNumber, BigDecimal vatRatePercent,
                              boolean pricesIncludeVat, @Schema(nullable = true) Instant updatedAt) {
    public static TaxSettingsView of(TaxSettings s) {
        return new TaxSettingsView(s.locationId(), s.configured(), s.country() == null ? null : s.country().name(),
                s.sellerNameAr(), s.sellerNameEn(), s.vatNumber(), BigDecimal.valueOf(s.vatRateBasisPoints(), 2),
                s.pricesIncludeVat(), s.updatedAt());
    }
}
