package com.regimen.plugin.spi;

import java.util.Objects;

/**
 * One part of a consent form, e.g. what the treatment is, what the patient agrees to, or a
 * disclosure such as "this treatment is still under research".
 *
 * @since SPI 1.1
 */
public record ConsentSection(LocalizedText title, LocalizedText text) {
    public ConsentSection {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
    }
}
