package com.regimen.core.consent;

import com.regimen.plugin.spi.ConsentForm;
import com.regimen.plugin.spi.LocalizedText;

import java.util.List;

/**
 * The consent form exactly as a patient was shown it, kept with the signature: the plugin may word
 * a later version differently, and the printed copy must show what was signed. A record of our own,
 * so that stored forms do not depend on the SPI's shape.
 */
public record FormAsSigned(String version, LocalizedText treatmentName, List<Section> sections,
                           List<LocalizedText> risks, List<LocalizedText> alternatives) {
    public record Section(LocalizedText title, LocalizedText text) {
    }

    public static FormAsSigned of(ConsentForm form, LocalizedText treatmentName) {
        return new FormAsSigned(form.version(), treatmentName,
                form.sections().stream().map(s -> new Section(s.title(), s.text())).toList(),
                form.risks(), form.alternatives());
    }
}
