package com.regimen.core.staff;

import com.regimen.core.errors.DomainException;

import java.util.Locale;
import java.util.regex.Pattern;

/** Staff sign in by email; one spelling per address, so "A@x.com" and "a@x.com" are one account. */
public final class EmailAddresses {
    private static final Pattern SHAPE = Pattern.compile("^[^\\s@]{1,64}@[^\\s@]+\\.[^\\s@]{2,}$");

    private EmailAddresses() {
    }

    public static String normalize(String field, String email) {
        String normalized = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (normalized.length() > 254 || !SHAPE.matcher(normalized).matches()) {
            throw DomainException.invalid(field, "must be an email address");
        }
        return normalized;
    }
}
