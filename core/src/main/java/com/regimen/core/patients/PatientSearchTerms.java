package com.regimen.core.patients;

import com.regimen.core.medicines.MedicineNames;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a patient is found by: each word of the name, folded (lower case, no diacritics, Arabic letter
 * forms made one: ة/ه, أ/إ/آ/ا, ى/ي), and the phone as a whole and as a national number. A query's
 * words must each start one of a patient's words, in any order, so "had sal" finds "Salma Canary-Haddad"
 * and "فاطمه" finds "فاطمة".
 */
final class PatientSearchTerms {
    static final int MAX_TERM = 100;
    /** A query's words beyond these are ignored: each costs an indexed look-up per candidate. */
    static final int MAX_QUERY_WORDS = 3;

    private PatientSearchTerms() {
    }

    static Set<String> of(String name, String phone) {
        Set<String> terms = new LinkedHashSet<>(words(name));
        if (phone != null) {
            terms.addAll(PhoneNumbers.terms(phone));
        }
        return terms;
    }

    static List<String> words(String text) {
        String folded = MedicineNames.fold(text == null ? "" : text);
        return folded.isEmpty() ? List.of() : Arrays.stream(folded.split(" "))
                .map(w -> w.length() > MAX_TERM ? w.substring(0, MAX_TERM) : w).distinct().toList();
    }

    /** The LIKE patterns a query asks for: its phone, or its longest words first (the fewest candidates). */
    static List<String> queryPatterns(String query, Optional<String> region) {
        Optional<String> phone = PhoneNumbers.queryTerm(query, region);
        if (phone.isPresent()) {
            return List.of(phone.get() + "%");
        }
        return words(query).stream().sorted((a, b) -> b.length() - a.length()).limit(MAX_QUERY_WORDS)
                .map(w -> w + "%").toList();
    }
}
