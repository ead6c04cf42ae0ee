package com.regimen.core.invoicing;

/**
 * The card a card-present receipt must show: its brand, its last four digits, and how the reader read
 * it (Stripe's {@code read_method}: {@code contactless_emv}, {@code contact_emv}, ...). Any part may be
 * null when the reader did not report it.
 */
public record PresentedCard(String brand, String last4, String readMethod) {
}
