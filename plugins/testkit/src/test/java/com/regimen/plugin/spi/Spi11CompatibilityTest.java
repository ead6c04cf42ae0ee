package com.regimen.plugin.spi;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What a plugin written against SPI 1.0 gets from the 1.1 additions: the old behaviour. */
class Spi11CompatibilityTest {
    private static final LocalizedText PRE = LocalizedText.of("لا تشرب الكحول", "No alcohol");
    private static final LocalizedText AFTER = LocalizedText.of("تجنب الشمس أسبوعين", "Avoid the sun for two weeks");

    /** Implements only what SPI 1.0 asked for. */
    private static final class OldPlugin implements TreatmentPlugin {
        private static final TreatmentProtocol PROTOCOL = new TreatmentProtocol(1, 3, 7, 30, Set.of(Credential.NURSE),
                Set.of(), null, List.of(), List.of(PRE), List.of(AFTER), Set.of(), List.of());

        public PluginDescriptor descriptor() {
            return new PluginDescriptor("old-one", "1.0.0", new SpiVersion(1, 0), LocalizedText.of("قديم", "Old"));
        }

        public TreatmentProtocol protocol() {
            return PROTOCOL;
        }

        public Map<String, Long> defaultPrices() {
            return Map.of("session", 100L);
        }

        public Quote quote(QuoteRequest request) {
            return PerSessionPricing.quote(request, PROTOCOL, "session", LocalizedText.of("جلسة", "Session"));
        }

        public List<ScreeningFinding> screen(ScreeningSubject subject) {
            return List.of();
        }
    }

    @Test
    void aPluginWithoutAConsentFormDeclaresNone() {
        assertThat(new OldPlugin().consentForm()).isEqualTo(Optional.empty());
    }

    @Test
    void theProtocolsCareTextsAreBridgedWithoutATiming() {
        assertThat(new OldPlugin().careInstructions()).containsExactly(
                CareInstruction.before(CareTiming.UNSTATED, PRE), CareInstruction.after(CareTiming.UNSTATED, AFTER));
        assertThat(PluginContract.checkCareInstructions(new OldPlugin().careInstructions())).isEmpty();
        // Read back as lines, the bridged texts are exactly the 1.0 texts.
        assertThat(CareInstruction.describe(new OldPlugin().careInstructions(), CarePhase.AFTER)).containsExactly(AFTER);
    }

    @Test
    void theSpi10SubjectConstructorLeavesTheAsOfDateOut() {
        IntakeAnswers answers = new IntakeAnswers(Map.of("PREGNANT", false));
        ScreeningSubject old = new ScreeningSubject(30, answers);
        assertThat(old.asOf()).isNull();
        assertThat(old).isEqualTo(new ScreeningSubject(30, answers, null));
        assertThat(new ScreeningSubject(30, answers, LocalDate.of(2027, 3, 10)).asOf()).isEqualTo("2027-03-10");
    }
}
