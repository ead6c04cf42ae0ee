package com.regimen.core.staff;

import com.regimen.core.errors.DomainException;

/** What a staff password must be: long enough to resist guessing, short enough to hash cheaply. */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 256;

    private PasswordPolicy() {
    }

    public static void check(String field, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw DomainException.invalid(field, "must be at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            throw DomainException.invalid(field, "must be at most " + MAX_LENGTH + " characters");
        }
    }
}
