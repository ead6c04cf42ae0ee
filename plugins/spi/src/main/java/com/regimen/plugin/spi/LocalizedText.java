package com.regimen.plugin.spi;

import java.util.Objects;

/** Text for patients and front-desk staff, in Arabic and English (Regimen's two languages). */
public record LocalizedText(String ar, String en) {
    public LocalizedText {
        Objects.requireNonNull(ar, "ar");
        Objects.requireNonNull(en, "en");
    }

    public static LocalizedText of(String ar, String en) {
        return new LocalizedText(ar, en);
    }

    /** The text in {@code language} ("ar" or "en"); English for anything else. */
    public String in(String language) {
        return "ar".equals(language) ? ar : en;
    }
}
