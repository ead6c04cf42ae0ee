package com.regimen.core.invoicing;

import com.regimen.core.booking.ListPrices;
import org.jdbi.v3.core.Handle;

import java.util.function.LongUnaryOperator;

/**
 * At a location whose VAT settings say its prices exclude VAT, the patient owes the list price
 * plus VAT (half up), so the tax invoice's VAT comes on top of the price instead of out of it.
 * Elsewhere (prices include VAT, or no VAT settings) the list price is what is owed.
 */
public final class VatOnListPrices implements ListPrices {
    @Override
    public LongUnaryOperator at(Handle handle, String tenantId, String locationId) {
        return handle.attach(TaxSettingsDao.class).find(tenantId, locationId)
                .filter(settings -> !settings.pricesIncludeVat())
                .map(settings -> (LongUnaryOperator) net -> VatBreakdown.grossOfNet(net, settings.vatRateBp()))
                .orElse(LongUnaryOperator.identity());
    }
}
