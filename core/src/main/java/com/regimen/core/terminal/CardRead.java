package com.regimen.core.terminal;

/**
 * What a card-present receipt must show: the card's brand, its last four digits, and how the reader
 * read it ({@code contactless_emv}, {@code contact_emv}, {@code magnetic_stripe_track2}, ...).
 */
public record CardRead(String brand, String last4, String readMethod) {
}
