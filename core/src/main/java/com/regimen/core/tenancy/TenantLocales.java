package com.regimen.core.tenancy;

import com.regimen.core.errors.DomainException;

import java.util.Currency;
import java.util.Locale;
import java.util.Set;

/** The languages Regimen speaks and the currencies it charges in. */
public final class TenantLocales {
    public static final Set<String> LANGUAGES = Set.of("ar", "en");

    private TenantLocales() {
    }

    public static String currency(String field, String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            throw DomainException.invalid(field, "must be an ISO 4217 currency code such as SAR or USD");
        }
        try {
            return Currency.getInstance(code).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid(field, "is not an ISO 4217 currency code");
        }
    }

    public static String language(String field, String locale) {
        String language = locale == null ? "" : locale.strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(language)) {
            throw DomainException.invalid(field, "must be one of " + LANGUAGES.stream().sorted().toList());
        }
        return language;
    }
}
