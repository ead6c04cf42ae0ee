package com.regimen.web.api;

import java.util.Locale;

/** Picks Arabic or English from an Accept-Language header; English when neither is asked for first. */
public final class Languages {
    private Languages() {
    }

    public static String pick(String acceptLanguage) {
        if (acceptLanguage == null) {
            return "en";
        }
        for (String range : acceptLanguage.split(",")) {
            String tag = range.split(";")[0].strip().toLowerCase(Locale.ROOT);
            if (tag.startsWith("ar")) {
                return "ar";
            }
            if (tag.startsWith("en")) {
                return "en";
            }
        }
        return "en";
    }
}
