package com.regimen.core.invoicing;

import java.math.BigDecimal;
import java.util.Currency;

/** Minor units as the decimal a document prints: 115000 SAR is 1150.00. */
final class Money {
    private Money() {
    }

    static String decimal(long minorUnits, String currency) {
        int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        return BigDecimal.valueOf(minorUnits, digits).toPlainString();
    }
}
