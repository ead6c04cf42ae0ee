package com.regimen.plugin.testkit;

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
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.ServiceLoader;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The conformance suite: extend it in your plugin's tests and return your plugin from
 * {@link #plugin()}. It checks what Regimen checks at load time and on every call, and more:
 * determinism, robustness on any well-typed intake, and that the plugin is found by ServiceLoader.
 */
public abstract class TreatmentPluginConformance {

    /** The plugin under test. */
    protected abstract TreatmentPlugin plugin();

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

    protected PriceSettings defaultPrices() {
        return new PriceSettings("USD", plugin().defaultPrices(), plugin().defaultDepositPercent());
    }
}
