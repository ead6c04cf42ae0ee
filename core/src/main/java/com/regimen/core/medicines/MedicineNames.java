package com.regimen.core.medicines;

import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.apache.lucene.analysis.ar.ArabicStemmer;
import org.apache.lucene.analysis.fa.PersianNormalizer;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Folds a medicine name the way patients and staff vary it, so that spellings compare equal: case,
 * accents, Arabic diacritics and tatweel, hamza forms (أ إ آ ؤ ئ), ta marbuta, alef maqsura,
 * Persian letter shapes, and Arabic-Indic or Persian digits (٥ and ۵ are 5). Punctuation becomes a
 * space: "Co-Amoxiclav" and "co amoxiclav" are one name. Letters and digits written together are split
 * ("Warfarin5mg" is "warfarin 5 mg", "وارفارين٥ملغ" is "وارفارين 5 ملغ") because patients often type a
 * dose onto the name, and a name glued to its dose must still be found.
 */
public final class MedicineNames {
    private static final ArabicNormalizer ARABIC = new ArabicNormalizer();
    private static final PersianNormalizer PERSIAN = new PersianNormalizer();
    private static final ArabicStemmer ARTICLE = new ArabicStemmer();

    private MedicineNames() {
    }

    /** The folded text: lower case, single spaces between tokens, no leading or trailing space. */
    public static String fold(String text) {
        // Decomposing then dropping combining marks removes harakat, the hamza over alef, waw and yeh,
        // the madda, and Latin accents in one step; the Lucene normalisers do the letters Unicode keeps apart.
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        char[] chars = new char[decomposed.length()];
        int length = 0;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                chars[length++] = c;
            }
        }
        length = PERSIAN.normalize(chars, length);
        length = ARABIC.normalize(chars, length);
        StringBuilder folded = new StringBuilder(length);
        boolean space = true;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (Character.isDigit(c)) {
                if (!space && Character.isLetter(folded.charAt(folded.length() - 1))) {
                    folded.append(' ');
                }
                folded.append((char) ('0' + Character.digit(c, 10)));
                space = false;
            } else if (Character.isLetter(c)) {
                if (!space && Character.isDigit(folded.charAt(folded.length() - 1))) {
                    folded.append(' ');
                }
                folded.append(Character.toLowerCase(c));
                space = false;
            } else if (!space) {
                folded.append(' ');
                space = true;
            }
        }
        int end = folded.length();
        if (end > 0 && folded.charAt(end - 1) == ' ') {
            folded.setLength(end - 1);
        }
        return folded.toString().toLowerCase(Locale.ROOT);
    }

    public static List<String> tokens(String folded) {
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
    }

    /**
     * The token without an Arabic article or conjunction in front ("الوارفارين", "والأسبرين"), or the
     * token itself. Only tried after the whole token failed to match: "وارفارين" starts with و.
     */
    public static String withoutArabicPrefix(String token) {
        char[] chars = token.toCharArray();
        int length = ARTICLE.stemPrefix(chars, chars.length);
        return new String(chars, 0, length); // stemPrefix shifts what remains to the front
    }

    /** Whether a folded text holds a letter at all: "5", "-" and "" name no medicine. */
    public static boolean hasLetter(String folded) {
        return folded.chars().anyMatch(Character::isLetter);
    }
}
