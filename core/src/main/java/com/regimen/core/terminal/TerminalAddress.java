package com.regimen.core.terminal;

/** Where a clinic location's readers are, as Stripe requires for a Terminal Location. */
public record TerminalAddress(String line1, String city, String postalCode, String country) {
}
