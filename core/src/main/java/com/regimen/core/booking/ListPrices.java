package com.regimen.core.booking;

import org.jdbi.v3.core.Handle;

/**
 * What a patient pays for a treatment's list price at a location. Tax rules live above booking
 * (invoicing knows a location's VAT settings) and plug in here, so booking prices an appointment
 * in the same transaction that writes it without depending on them.
 */
@FunctionalInterface
public interface ListPrices {
    /** Prices as listed: what the treatment settings say is what is owed. */
    ListPrices AS_LISTED = (handle, tenantId, locationId, listPrice) -> listPrice;

    long payable(Handle handle, String tenantId, String locationId, long listPrice);
}
