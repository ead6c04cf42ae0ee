package com.regimen.core.consent;

import com.regimen.core.plugins.LoadedPlugin;
import com.regimen.plugin.spi.CareInstruction;
import com.regimen.plugin.spi.CarePhase;
import com.regimen.plugin.spi.CareTiming;
import com.regimen.plugin.spi.LocalizedText;

import java.util.List;

/**
 * A treatment's pre-care and after-care for one patient: each instruction as one line with its
 * timing ("For 48 h before the session: ...") in the patient's language, and every instruction in
 * both languages with its timing as data. The one place instructions become lines, so the
 * appointment, the confirmation and the invoice say the same.
 *
 * @param language the patient's language, "ar" or "en"
 */
public record CareSheet(String language, List<String> preCare, List<String> afterCare, List<Item> instructions) {
    public record Item(CarePhase phase, CareTiming timing, LocalizedText text, LocalizedText line) {
    }

    public static CareSheet of(LoadedPlugin plugin, String language) {
        String lang = "ar".equals(language) ? "ar" : "en";
        List<CareInstruction> all = plugin == null ? List.of() : plugin.careInstructions();
        return new CareSheet(lang, lines(all, CarePhase.BEFORE, lang), lines(all, CarePhase.AFTER, lang),
                all.stream().map(i -> new Item(i.phase(), i.timing(), i.text(), i.describe())).toList());
    }

    public static CareSheet empty(String language) {
        return of(null, language);
    }

    private static List<String> lines(List<CareInstruction> all, CarePhase phase, String language) {
        return CareInstruction.describe(all, phase).stream().map(text -> text.in(language)).toList();
    }
}
