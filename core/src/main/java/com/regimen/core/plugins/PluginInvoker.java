package com.regimen.core.plugins;

import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.Timer;
import com.regimen.core.errors.DomainException;
import com.regimen.core.errors.ErrorKind;
import com.regimen.plugin.spi.PluginContract;
import com.regimen.plugin.spi.PluginRejection;
import com.regimen.plugin.spi.Quote;
import com.regimen.plugin.spi.QuoteRequest;
import com.regimen.plugin.spi.ScreeningFinding;
import com.regimen.plugin.spi.ScreeningSubject;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Every call into a plugin goes through here (as Kill Bill's PluginDispatcher does): a time limit,
 * a timer and error count per plugin and operation, its declared rejections turned into 422s,
 * anything else into a {@link PluginFailedException} that hides the plugin's message, and every
 * answer checked against {@link PluginContract}.
 */
public final class PluginInvoker {
    private final ExecutorService executor;
    private final Duration timeLimit;
    private final MetricRegistry metrics;

    public PluginInvoker(ExecutorService executor, Duration timeLimit, MetricRegistry metrics) {
        this.executor = executor;
        this.timeLimit = timeLimit;
        this.metrics = metrics;
    }

    public Quote quote(LoadedPlugin plugin, QuoteRequest request) {
        Quote quote = call(plugin, "quote", () -> plugin.plugin().quote(request));
        List<String> problems = PluginContract.checkQuote(quote, request);
        if (!problems.isEmpty()) {
            throw invalid(plugin, "quote", problems);
        }
        return quote;
    }

    /**
     * Screening fails closed: if the plugin errs, times out or answers nonsense, this throws and
     * no booking can rely on it.
     */
    public List<ScreeningFinding> screen(LoadedPlugin plugin, ScreeningSubject subject) {
        List<ScreeningFinding> findings = call(plugin, "screen", () -> plugin.plugin().screen(subject));
        List<String> problems = PluginContract.checkFindings(findings);
        if (!problems.isEmpty()) {
            throw invalid(plugin, "screening", problems);
        }
        return List.copyOf(findings);
    }

    private <T> T call(LoadedPlugin plugin, String operation, Callable<T> work) {
        String name = MetricRegistry.name("plugins", plugin.id(), operation);
        Future<T> future = null;
        try (Timer.Context ignored = metrics.timer(name).time()) {
            future = executor.submit(work);
            return future.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            metrics.meter(name + ".timeouts").mark();
            throw new PluginFailedException(plugin.id(), "Treatment plugin " + plugin.id() + " did not answer "
                    + operation + " within " + timeLimit.toMillis() + " ms", null);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof PluginRejection rejection) {
                metrics.meter(name + ".rejections").mark();
                throw new DomainException(ErrorKind.UNPROCESSABLE, rejection.code(), rejection.text().en(),
                        List.of(), Map.of("messages", Map.of("ar", rejection.text().ar(), "en", rejection.text().en()),
                        "treatmentId", plugin.id()));
            }
            metrics.meter(name + ".errors").mark();
            throw new PluginFailedException(plugin.id(), "Treatment plugin " + plugin.id() + " failed in "
                    + operation, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PluginFailedException(plugin.id(), "Interrupted while calling " + plugin.id(), e);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            throw new PluginFailedException(plugin.id(), "No capacity to call " + plugin.id(), e);
        }
    }

    private PluginFailedException invalid(LoadedPlugin plugin, String what, List<String> problems) {
        metrics.meter(MetricRegistry.name("plugins", plugin.id(), "invalid")).mark();
        return new PluginFailedException(plugin.id(), "Treatment plugin " + plugin.id() + " returned an invalid "
                + what + ": " + String.join("; ", problems), null);
    }
}
