package com.regimen.core.medicines;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits what a patient wrote into one entry per medicine: list items, and inside each item the
 * separators people type in either language (, ، ; ؛ / newline, "and", "و", "&", "+"). A slash
 * between digits is a dose ("5/325 mg"), not a separator. Entries that say "none" are dropped.
 */
public final class MedicineLists {
    private static final Pattern SEPARATORS = Pattern.compile(
            "[,،;؛\\n\\r|•·+&]|(?<![0-9٠-٩۰-۹])/|/(?![0-9٠-٩۰-۹])|\\s(?:and|و)\\s", Pattern.CASE_INSENSITIVE);
    /** Folded answers meaning "no medicines", in English and Arabic. */
    private static final Set<String> NONE = foldAll(List.of("none", "no", "nothing", "nil", "n/a", "na",
            "no medicines", "no medicine", "no medication", "no medications", "not any", "لا", "لا يوجد",
            "لايوجد", "لا شيء", "لا شي", "لاشيء", "لا أدوية", "لا ادوية", "لا أتناول أي دواء", "لا أتناول", "لا شئ",
            "ولا شيء", "بدون", "لا يوجد أدوية"));

    private MedicineLists() {
    }

    /** The entries of the list, trimmed, in order; "none" and fragments without a letter dropped. */
    public static List<String> entries(List<String> items) {
        List<String> entries = new ArrayList<>();
        for (String item : items) {
            if (item == null) {
                continue;
            }
            // A space on either side lets " and " / " و " match at the edges of an item too.
            for (String part : SEPARATORS.split(" " + item.replace('\u00a0', ' ') + " ")) {
                String entry = part.strip();
                String folded = MedicineNames.fold(entry);
                if (MedicineNames.hasLetter(folded) && !NONE.contains(folded)) {
                    entries.add(entry);
                }
            }
        }
        return entries;
    }

    /**
     * Whether a whole list entry says there is nothing to list ("none", «لا يوجد», ...), in any list a
     * patient fills in, not only medicines.
     */
    public static boolean saysNone(String entry) {
        String folded = MedicineNames.fold(entry == null ? "" : entry.strip());
        return !MedicineNames.hasLetter(folded) || NONE.contains(folded);
    }

    private static Set<String> foldAll(List<String> texts) {
        return Set.copyOf(texts.stream().map(MedicineNames::fold).distinct().toList());
    }
}
