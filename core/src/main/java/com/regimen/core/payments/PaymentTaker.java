package com.regimen.core.payments;

/**
 * The member of staff who took a payment, by the name the chain knows them by ({@code id}: their
 * user id, or the API key's when a system took it; the key's name then).
 */
public record PaymentTaker(String id, String name) {
}
