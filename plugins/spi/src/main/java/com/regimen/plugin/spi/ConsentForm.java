package com.regimen.plugin.spi;

import java.util.List;

/**
 * What a patient reads and signs before the first session of a treatment, in Arabic and English.
 * Regimen keeps every signature with the {@code version} signed: a new version needs a new
 * signature, so change the version whenever the meaning of the form changes (wording fixes that
 * change nothing a patient agrees to may keep it).
 *
 * @param version      the form's own version, e.g. {@code "1"}; not the plugin's version
 * @param sections     what the treatment is and what the patient agrees to, in reading order
 * @param risks        the risks the patient accepts, one per entry
 * @param alternatives the other options the patient was told of, one per entry
 * @since SPI 1.1
 */
public record ConsentForm(String version, List<ConsentSection> sections, List<LocalizedText> risks,
                          List<LocalizedText> alternatives) {
    public ConsentForm {
        sections = List.copyOf(sections);
        risks = List.copyOf(risks);
        alternatives = List.copyOf(alternatives);
    }
}
