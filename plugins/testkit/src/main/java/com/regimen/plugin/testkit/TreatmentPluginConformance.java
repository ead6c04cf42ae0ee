package com.regimen.plugin.testkit;

import com.regimen.plugin.spi.CareInstruction;
import com.regimen.plugin.spi.CarePhase;
import com.regimen.plugin.spi.CareTiming;
import com.regimen.plugin.spi.ConsentForm;
import com.regimen.plugin.spi.LocalizedText;
import com.regimen.plugin.spi.MedicineClass;
import com.regimen.plugin.spi.PluginContract;
import com.regimen.plugin.spi.PluginDescriptor;
import com.regimen.plugin.spi.PluginRejection;
import com.regimen.plugin.spi.PriceSettings;
import com.regimen.plugin.spi.Quote;
import com.regimen.plugin.spi.QuoteRequest;
import com.regimen.plugin.spi.ScreeningFinding;
import com.regimen.plugin.spi.ScreeningSubject;
import com.regimen.plugin.spi.SpiVersion;
import com.regimen.plugin.spi.TreatmentPlugin;
import com.regimen.plugin.spi.TreatmentProtocol;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.ServiceLoader;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/**
 * The conformance suite: extend it in your plugin's tests ({@code class MyPluginTest extends
 * TreatmentPluginConformance {}} is enough when your jar has one plugin). It checks what Regimen checks
 * at load time and on every call, and more: determinism, robustness on any well-typed intake, that the
 * plugin is found by ServiceLoader, and the SPI 1.1 parts (consent form, care instructions, medicine
 * classes, the as-of date). When ServiceLoader finds no plugin at all, every test fails and says why.
 */
public abstract class TreatmentPluginConformance {

    @BeforeAll
    static void aPluginIsThereToTest() {
        if (ServiceLoader.load(TreatmentPlugin.class).stream().findAny().isEmpty()) {
            fail("ServiceLoader finds no TreatmentPlugin, so there is nothing to test and Regimen would load "
                    + "nothing. Add src/main/resources/META-INF/services/" + TreatmentPlugin.class.getName()
                    + " with your plugin's fully qualified class name on one line.");
        }
    }

    /**
     * The plugin under test: by default the one plugin ServiceLoader finds. Override it when your jar
     * holds several.
     */
    protected TreatmentPlugin plugin() {
        List<TreatmentPlugin> found = ServiceLoader.load(TreatmentPlugin.class).stream()
                .map(ServiceLoader.Provider::get).toList();
        if (found.size() != 1) {
            fail("ServiceLoader finds " + found.size() + " plugins " + found.stream()
                    .map(p -> p.getClass().getName()).toList() + "; override plugin() to say which one to test.");
        }
        return found.get(0);
    }

    @Test
    void descriptorIsValidAndBuiltForThisSpi() {
        PluginDescriptor descriptor = plugin().descriptor();
        assertThat(PluginContract.checkDescriptor(descriptor)).isEmpty();
        assertThat(SpiVersion.CURRENT.canLoad(descriptor.spiVersion()))
                .as("built for SPI %s, this SPI is %s", descriptor.spiVersion(), SpiVersion.CURRENT).isTrue();
    }

    @Test
    void protocolIsSaneAndLocalized() {
        assertThat(PluginContract.checkProtocol(plugin().protocol())).isEmpty();
        assertThat(plugin().protocol().afterCare()).as("after-care instructions").isNotEmpty();
    }

    @Test
    void careInstructionsAreWellFormedAndIncludeAfterCare() {
        List<CareInstruction> instructions = plugin().careInstructions();
        assertThat(PluginContract.checkCareInstructions(instructions)).isEmpty();
        assertThat(instructions).as("after-care instructions").anyMatch(i -> i.phase() == CarePhase.AFTER);
        if (builtForSpi11()) {
            for (CareInstruction instruction : instructions) {
                assertThat(instruction.timing()).as("an SPI 1.1 plugin says when: " + instruction.text().en()
                        + " (UNSTATED is for text bridged from SPI 1.0)").isNotEqualTo(CareTiming.UNSTATED);
                LocalizedText line = instruction.describe();
                assertThat(line.ar()).as("Arabic line for " + instruction.text().en()).isNotBlank();
                assertThat(line.en()).as("English line for " + instruction.text().en()).isNotBlank();
            }
        }
    }

    @Test
    void aDeclaredConsentFormIsCompleteAndBilingual() {
        Optional<ConsentForm> form = plugin().consentForm();
        assertThat(form).as("consentForm() returns Optional.empty() when there is none, never null").isNotNull();
        form.ifPresent(declared -> assertThat(PluginContract.checkConsentForm(declared)).isEmpty());
        assertThat(plugin().consentForm()).as("the same form every time").isEqualTo(form);
    }

    @Test
    void medicineClassRulesAreDeterministicAndReadClassesNotNames() {
        List<com.regimen.plugin.spi.IntakeQuestion> questions = plugin().protocol().intakeQuestions();
        List<Set<MedicineClass>> cases = new java.util.ArrayList<>();
        for (MedicineClass medicineClass : MedicineClass.values()) {
            cases.add(EnumSet.of(medicineClass));
        }
        cases.add(EnumSet.allOf(MedicineClass.class));
        for (Set<MedicineClass> classes : cases) {
            MedicineClass[] taken = classes.toArray(MedicineClass[]::new);
            List<ScreeningFinding> first = plugin().screen(Intakes.healthyAdultTaking(questions,
                    List.of("Xarelto 20mg"), taken));
            assertThat(PluginContract.checkFindings(first)).as("%s", classes).isEmpty();
            assertThat(plugin().screen(Intakes.healthyAdultTaking(questions, List.of("Xarelto 20mg"), taken)))
                    .as("same medicine classes, same findings: %s", classes).isEqualTo(first);
            if (builtForSpi11()) {
                // SPI 1.1 screens on the classes Regimen recognised, in any language or spelling.
                assertThat(plugin().screen(Intakes.healthyAdultTaking(questions,
                        List.of("ريفاروكسابان ٢٠ ملغ"), taken)))
                        .as("same classes listed under another name, same findings: %s", classes).isEqualTo(first);
            }
        }
    }

    @Test
    void screeningIsAFunctionOfTheAsOfDateNotTheClock() {
        Map<String, Object> healthy = Intakes.healthyAdult(plugin().protocol().intakeQuestions());
        for (LocalDate asOf : List.of(LocalDate.of(1970, 1, 1), Intakes.AS_OF, LocalDate.of(2199, 12, 31))) {
            List<ScreeningFinding> first = plugin().screen(Intakes.subject(healthy, asOf));
            assertThat(PluginContract.checkFindings(first)).as("as of %s", asOf).isEmpty();
            assertThat(plugin().screen(Intakes.subject(healthy, asOf))).as("as of %s, twice", asOf).isEqualTo(first);
        }
    }

    @Test
    void patchTestTimingIsSane() {
        assertThat(PluginContract.checkPatchTestTiming(plugin().patchTestTiming())).isEmpty();
    }

    @Test
    void isFoundByServiceLoader() {
        List<String> ids = ServiceLoader.load(TreatmentPlugin.class).stream()
                .map(provider -> provider.get().descriptor().id()).toList();
        assertThat(ids).as("META-INF/services/" + TreatmentPlugin.class.getName())
                .contains(plugin().descriptor().id());
    }

    @Test
    void quotesKeepThePricingInvariantsForEveryAllowedSessionCount() {
        TreatmentProtocol protocol = plugin().protocol();
        for (int sessions = protocol.minSessions(); sessions <= protocol.maxSessions(); sessions++) {
            QuoteRequest request = new QuoteRequest(sessions, Map.of(), defaultPrices());
            Quote quote = plugin().quote(request);
            assertThat(PluginContract.checkQuote(quote, request)).as("%d sessions", sessions).isEmpty();
            assertThat(quote.total()).as("%d sessions cost something", sessions).isPositive();
        }
    }

    @Test
    void sessionCountsOutsideTheProtocolAreRejectedNotPriced() {
        TreatmentProtocol protocol = plugin().protocol();
        for (int sessions : new int[]{0, protocol.minSessions() - 1, protocol.maxSessions() + 1}) {
            if (sessions >= protocol.minSessions() && sessions <= protocol.maxSessions()) {
                continue;
            }
            assertThatThrownBy(() -> plugin().quote(new QuoteRequest(sessions, Map.of(), defaultPrices())))
                    .isInstanceOf(PluginRejection.class);
        }
    }

    @Test
    void aTenantsOwnPricesAndCurrencyAreUsed() {
        Map<String, Long> doubled = new java.util.HashMap<>();
        plugin().defaultPrices().forEach((key, amount) -> doubled.put(key, amount * 2));
        QuoteRequest request = new QuoteRequest(plugin().protocol().minSessions(), Map.of(),
                new PriceSettings("SAR", doubled, 50));
        Quote quote = plugin().quote(request);
        assertThat(quote.currency()).isEqualTo("SAR");
        assertThat(PluginContract.checkQuote(quote, request)).isEmpty();
        Quote base = plugin().quote(new QuoteRequest(plugin().protocol().minSessions(), Map.of(), defaultPrices()));
        assertThat(quote.total()).isEqualTo(base.total() * 2);
    }

    @Test
    void aHealthyAdultIsNotBlocked() {
        List<ScreeningFinding> findings = plugin().screen(
                Intakes.subject(Intakes.healthyAdult(plugin().protocol().intakeQuestions())));
        assertThat(PluginContract.checkFindings(findings)).isEmpty();
        assertThat(findings).noneMatch(f -> f.severity() == com.regimen.plugin.spi.Severity.BLOCK);
    }

    @Test
    void screeningIsDeterministicAndNeverThrowsOnWellTypedIntake() {
        Random random = new Random(20261122L);
        Set<String> codesSeen = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            ScreeningSubject subject = Intakes.random(plugin().protocol().intakeQuestions(), random);
            List<ScreeningFinding> first = plugin().screen(subject);
            assertThat(PluginContract.checkFindings(first)).as(subject.toString()).isEmpty();
            assertThat(plugin().screen(subject)).as("same answers, same findings").isEqualTo(first);
            first.forEach(f -> codesSeen.add(f.code()));
        }
        assertThat(codesSeen).as("random intakes trigger some findings").isNotEmpty();
        assertThat(plugin().screen(Intakes.subject(Map.of()))).isNotNull();
    }

    @Test
    void findingCodesAreStablePerCause() {
        // A code names one cause: the same code never comes with two severities.
        Random random = new Random(7L);
        Map<String, com.regimen.plugin.spi.Severity> severityOf = new java.util.HashMap<>();
        for (int i = 0; i < 300; i++) {
            for (ScreeningFinding finding : plugin().screen(
                    Intakes.random(plugin().protocol().intakeQuestions(), random))) {
                com.regimen.plugin.spi.Severity previous = severityOf.putIfAbsent(finding.code(), finding.severity());
                assertThat(previous == null || previous == finding.severity()).as(finding.code()).isTrue();
            }
        }
    }

    private boolean builtForSpi11() {
        SpiVersion built = plugin().descriptor().spiVersion();
        return built.major() > 1 || (built.major() == 1 && built.minor() >= 1);
    }

    protected PriceSettings defaultPrices() {
        return new PriceSettings("USD", plugin().defaultPrices(), plugin().defaultDepositPercent());
    }
}
