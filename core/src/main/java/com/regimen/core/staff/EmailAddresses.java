package com.regimen.core.staff;

import com.regimen.core.errors.DomainException;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Staff sign in by email; one spelling per address, so "A@x.com" and "a@x.com" are one account. */
public final class EmailAddresses {
    private static final Pattern SHAPE = Pattern.compile("^[^\\s@]{1,64}@[^\\s@]+\\.[^\\s@]{2,}$");
    private static final Pattern INVISIBLE_OR_MARK = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Mn}\\p{Me}]");

    private EmailAddresses() {
    }

    public static String normalize(String field, String email) {
        String normalized = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (normalized.length() > 254 || !SHAPE.matcher(normalized).matches()) {
            throw DomainException.invalid(field, "must be an email address");
        }
        return normalized;
    }

    /**
     * One spelling for every address the database would take for the same one: the staff lookup
     * compares case- and accent-insensitively, so "víctim@", full-width "ｖｉｃｔｉｍ@" and "victim\0@"
     * must count as "victim@" wherever attempts are counted. Compatibility forms folded (NFKC),
     * accents and invisible characters dropped, case folded.
     */
    public static String canonical(String email) {
        String folded = Normalizer.normalize(email == null ? "" : email, Normalizer.Form.NFKC);
        String bare = INVISIBLE_OR_MARK.matcher(Normalizer.normalize(folded, Normalizer.Form.NFD)).replaceAll("");
        // Upper then lower folds case as Unicode's case folding does for the cases that matter here (ß, ſ, K).
        return Normalizer.normalize(bare.strip().toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT),
                Normalizer.Form.NFKC);
    }
}
