package com.regimen.core.medicines;

import java.util.List;
import java.util.Set;

/**
 * The words of a medicine entry that are not a medicine: numbers, units, dosage forms and how often
 * it is taken, in English and Arabic. Only these may stand beside a recognised name; any other word
 * may be a second medicine the vocabulary does not know ("Panadol Fraxiparine"), so it must not be
 * hidden behind the name that was found.
 */
final class DoseWords {
    private static final Set<String> WORDS = Set.copyOf(List.of(
            // units
            "mg", "mgs", "mcg", "ug", "µg", "μg", "g", "gm", "gram", "grams", "ml", "iu", "ie", "u", "unit", "units",
            "milligram", "milligrams", "microgram", "micrograms", "mmol", "meq", "percent", "x",
            "ملغ", "مغ", "مجم", "ملجم", "ملغم", "ميكروغرام", "ميكروجرام", "مكغ", "غرام", "جرام", "غ", "مل", "وحده",
            "وحدات", "وحدة دولية",
            // dosage forms
            "tab", "tabs", "tablet", "tablets", "cap", "caps", "capsule", "capsules", "pill", "pills", "injection",
            "injections", "inj", "pen", "pens", "syrup", "drops", "drop", "cream", "gel", "ointment", "patch",
            "patches", "spray", "inhaler", "sachet", "sachets", "solution", "suspension", "vial", "ampoule", "sr",
            "xr", "er", "cr", "retard", "lotion", "foam", "topical", "emulgel",
            "حبوب", "حبه", "حبات", "قرص", "اقراص", "كبسوله", "كبسولات", "حقن", "حقنه", "ابره", "ابر", "شراب",
            "قطره", "قطرات", "كريم", "مرهم", "جل", "جيل", "غسول", "دهان", "موضعي", "بخاخ", "لصقه", "ظرف", "اكياس", "كيس", "امبول",
            // how often
            "daily", "weekly", "monthly", "once", "twice", "times", "a", "day", "week", "month", "per", "every",
            "morning", "night", "at", "bd", "od", "tds", "prn", "as", "needed",
            "يوميا", "يومي", "اسبوعيا", "اسبوعي", "شهريا", "مره", "مرتين", "مرات", "في", "اليوم", "الاسبوع",
            "صباحا", "مساء", "ليلا", "عند", "الحاجه").stream().map(MedicineNames::fold).toList());

    /**
     * Forms put on the skin. A medicine in one acts where it is put: heparin gel is no systemic
     * anticoagulant, hydrocortisone cream no systemic corticosteroid ({@link MedicineClassSets#onTheSkin}).
     */
    private static final Set<String> SKIN_FORMS = Set.copyOf(List.of(
            "cream", "gel", "ointment", "lotion", "foam", "topical", "emulgel",
            "كريم", "مرهم", "جل", "جيل", "غسول", "دهان", "موضعي").stream().map(MedicineNames::fold).toList());

    private DoseWords() {
    }

    /** Whether a folded token names a form put on the skin (cream, gel, ointment, ...). */
    static boolean isSkinForm(String token) {
        return SKIN_FORMS.contains(token) || SKIN_FORMS.contains(MedicineNames.withoutArabicPrefix(token));
    }

    /** Whether a folded token is a number, unit, dosage form or frequency rather than a name. */
    static boolean isDoseWord(String token) {
        return !MedicineNames.hasLetter(token) || WORDS.contains(token)
                || WORDS.contains(MedicineNames.withoutArabicPrefix(token));
    }
}
