package com.regimen.core.staff;

import com.regimen.core.errors.DomainException;
import com.regimen.core.errors.ErrorKind;
import com.regimen.core.errors.FieldError;
import me.gosimple.nbvcxz.resources.DictionaryUtil;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a staff password must be: long enough to resist guessing, short enough to hash cheaply, and
 * not one of the passwords attackers try first (nbvcxz's list of the 100,000 most common, compared
 * without regard to case).
 */
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
        if (CommonPasswords.LIST.contains(password.toLowerCase(Locale.ROOT))) {
            throw new DomainException(ErrorKind.INVALID, "PASSWORD_TOO_COMMON",
                    "That password is one of the most common and is tried first by attackers. Choose another.",
                    List.of(new FieldError(field, "is one of the most common passwords")), Map.of());
        }
    }

    /** Loaded on first use, once: about 100,000 entries. */
    private static final class CommonPasswords {
        static final Set<String> LIST = DictionaryUtil.loadRankedDictionary(DictionaryUtil.passwords).keySet()
                .stream().map(p -> p.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }
}
