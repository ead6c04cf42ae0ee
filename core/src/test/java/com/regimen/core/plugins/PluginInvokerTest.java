package com.regimen.core.plugins;

import com.codahale.metrics.MetricRegistry;
import com.regimen.core.errors.DomainException;
import com.regimen.plugin.spi.Credential;
import com.regimen.plugin.spi.LocalizedText;
import com.regimen.plugin.spi.PluginDescriptor;
import com.regimen.plugin.spi.PluginRejection;
import com.regimen.plugin.spi.PriceSettings;
import com.regimen.plugin.spi.Quote;
import com.regimen.plugin.spi.QuoteLine;
import com.regimen.plugin.spi.QuoteRequest;
import com.regimen.plugin.spi.ScreeningFinding;
import com.regimen.plugin.spi.ScreeningSubject;
import com.regimen.plugin.spi.IntakeAnswers;
import com.regimen.plugin.spi.Severity;
import com.regimen.plugin.spi.SpiVersion;
import com.regimen.plugin.spi.TreatmentPlugin;
import com.regimen.plugin.spi.TreatmentProtocol;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PluginInvokerTest {
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final MetricRegistry metrics = new MetricRegistry();
    private final PluginInvoker invoker = new PluginInvoker(executor, Duration.ofMillis(200), metrics);
    private static final QuoteRequest REQUEST = new QuoteRequest(1, Map.of(), new PriceSettings("USD", Map.of(), 0));
    private static final ScreeningSubject SUBJECT = new ScreeningSubject(30, new IntakeAnswers(Map.of()));

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    /** A plugin whose quote and screening do whatever the test says. */
    private static LoadedPlugin plugin(Function<QuoteRequest, Quote> quote,
                                       Function<ScreeningSubject, List<ScreeningFinding>> screen) {
        TreatmentProtocol protocol = new TreatmentProtocol(1, 1, 0, 30, Set.of(Credential.NURSE), Set.of(), null,
                List.of(), List.of(), List.of(), Set.of(), List.of());
        TreatmentPlugin plugin = new TreatmentPlugin() {
            public PluginDescriptor descriptor() {
                return new PluginDescriptor("fake", "1.0.0", SpiVersion.CURRENT, LocalizedText.of("ت", "t"));
            }

            public TreatmentProtocol protocol() {
                return protocol;
            }

            public Map<String, Long> defaultPrices() {
                return Map.of();
            }

            public Quote quote(QuoteRequest request) {
                return quote.apply(request);
            }

            public List<ScreeningFinding> screen(ScreeningSubject subject) {
                return screen.apply(subject);
            }
        };
        return new LoadedPlugin(plugin, plugin.descriptor(), protocol, Map.of(), 20, "test");
    }

    private static Quote validQuote() {
        return new Quote("USD", List.of(new QuoteLine(LocalizedText.of("س", "s"), 100)), 100, 100, 20);
    }

    @Test
    void validAnswersPassThroughAndAreTimed() {
        assertThat(invoker.quote(plugin(r -> validQuote(), s -> List.of()), REQUEST)).isEqualTo(validQuote());
        assertThat(metrics.timer("plugins.fake.quote").getCount()).isEqualTo(1);
    }

    @Test
    void aDeclaredRejectionBecomesA422WithItsCode() {
        LoadedPlugin rejecting = plugin(r -> {
            throw new PluginRejection("NOT_TODAY", LocalizedText.of("لا", "No"));
        }, s -> List.of());
        assertThatThrownBy(() -> invoker.quote(rejecting, REQUEST))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("NOT_TODAY");
                    assertThat(e.getMessage()).isEqualTo("No");
                });
    }

    @Test
    void anyOtherExceptionIsAFailureThatHidesThePluginsMessage() {
        LoadedPlugin crashing = plugin(r -> {
            throw new IllegalStateException("secret internal detail");
        }, s -> List.of());
        assertThatThrownBy(() -> invoker.quote(crashing, REQUEST))
                .isInstanceOf(PluginFailedException.class)
                .hasMessageNotContaining("secret internal detail")
                .hasMessageContaining("fake");
        assertThat(metrics.meter("plugins.fake.quote.errors").getCount()).isEqualTo(1);
    }

    @Test
    void aSlowPluginTimesOut() {
        LoadedPlugin slow = plugin(r -> validQuote(), s -> {
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of();
        });
        assertThatThrownBy(() -> invoker.screen(slow, SUBJECT)).isInstanceOf(PluginFailedException.class)
                .hasMessageContaining("within 200 ms");
        assertThat(metrics.meter("plugins.fake.screen.timeouts").getCount()).isEqualTo(1);
    }

    @Test
    void answersOutsideTheContractAreRefused() {
        Quote badSum = new Quote("USD", List.of(new QuoteLine(LocalizedText.of("س", "s"), 100)), 999, 100, 20);
        assertThatThrownBy(() -> invoker.quote(plugin(r -> badSum, s -> List.of()), REQUEST))
                .isInstanceOf(PluginFailedException.class).hasMessageContaining("lines sum to 100");
        Quote wrongCurrency = new Quote("EUR", List.of(new QuoteLine(LocalizedText.of("س", "s"), 100)), 100, 100, 0);
        assertThatThrownBy(() -> invoker.quote(plugin(r -> wrongCurrency, s -> List.of()), REQUEST))
                .isInstanceOf(PluginFailedException.class);
        assertThatThrownBy(() -> invoker.quote(plugin(r -> null, s -> List.of()), REQUEST))
                .isInstanceOf(PluginFailedException.class);
    }

    @Test
    void screeningFailsClosed() {
        assertThatThrownBy(() -> invoker.screen(plugin(r -> validQuote(), s -> null), SUBJECT))
                .isInstanceOf(PluginFailedException.class);
        List<ScreeningFinding> unlocalized = List.of(new ScreeningFinding("X_Y", Severity.BLOCK,
                LocalizedText.of("", "only English")));
        assertThatThrownBy(() -> invoker.screen(plugin(r -> validQuote(), s -> unlocalized), SUBJECT))
                .isInstanceOf(PluginFailedException.class);
        assertThatThrownBy(() -> invoker.screen(plugin(r -> validQuote(), s -> {
            throw new RuntimeException("boom");
        }), SUBJECT)).isInstanceOf(PluginFailedException.class);
    }
}
