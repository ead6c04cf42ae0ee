package com.regimen.plugin.spi;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ConsentAndCareContractTest {
    private static final LocalizedText TEXT = LocalizedText.of("نص", "Text");
    private static final ConsentSection SECTION = new ConsentSection(LocalizedText.of("العلاج", "The treatment"), TEXT);

    @Test
    void aCompleteBilingualFormPasses() {
        assertThat(PluginContract.checkConsentForm(new ConsentForm("1", List.of(SECTION), List.of(TEXT),
                List.of(TEXT)))).isEmpty();
        assertThat(PluginContract.checkConsentForm(new ConsentForm("2026-11", List.of(SECTION), List.of(TEXT),
                List.of()))).as("no alternative to tell of").isEmpty();
    }

    @Test
    void aFormNeedsAVersionASectionARiskAndBothLanguagesEverywhere() {
        assertThat(PluginContract.checkConsentForm(null)).containsExactly("consent form is null");
        assertThat(PluginContract.checkConsentForm(new ConsentForm(" ", List.of(), List.of(), List.of())))
                .containsExactlyInAnyOrder("consent form version must be 1 to 20 characters:  ",
                        "consent form needs at least one section", "consent form needs at least one risk");
        LocalizedText englishOnly = LocalizedText.of(" ", "Bruising");
        assertThat(PluginContract.checkConsentForm(new ConsentForm("1",
                List.of(new ConsentSection(englishOnly, TEXT)), List.of(englishOnly), List.of(englishOnly))))
                .containsExactlyInAnyOrder("consent section title needs Arabic and English text",
                        "consent risk needs Arabic and English text", "consent alternative needs Arabic and English text");
    }

    @Test
    void careInstructionsNeedBothLanguagesAndNoRepeats() {
        CareInstruction sun = CareInstruction.after(CareTiming.hours(24, 48), TEXT);
        assertThat(PluginContract.checkCareInstructions(List.of(sun))).isEmpty();
        assertThat(PluginContract.checkCareInstructions(List.of(sun, sun)))
                .containsExactly("care instruction repeated: Text");
        assertThat(PluginContract.checkCareInstructions(List.of(CareInstruction.before(CareTiming.AT_SESSION,
                LocalizedText.of("", "Remove make-up"))))).containsExactly("care instruction needs Arabic and English text");
        assertThat(PluginContract.checkCareInstructions(null)).containsExactly("care instructions list is null");
        assertThat(PluginContract.checkCareInstructions(List.of()))
                .as("Regimen loads a plugin without instructions, as SPI 1.0 did").isEmpty();
    }
}
