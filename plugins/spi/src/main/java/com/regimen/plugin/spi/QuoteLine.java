package com.regimen.plugin.spi;

/** One line of a quote, in minor units of the quote's currency. */
public record QuoteLine(LocalizedText label, long amount) {
}
