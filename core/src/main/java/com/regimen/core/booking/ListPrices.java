package com.regimen.core.booking;

import org.jdbi.v3.core.Handle;

import java.util.function.LongUnaryOperator;

/**
 * What a patient pays for a treatment's list price at a location. Tax rules live above booking
 * (invoicing knows a location's VAT settings) and plug in here, so booking prices an appointment
 * in the same transaction that writes it without depending on them.
 */
@FunctionalInterface
public interface ListPrices {
    /** What is owed for each list price at the location; read once per booking, applied to price and deposit. */
    LongUnaryOperator at(Handle handle, String tenantId, String locationId);
}
