package com.regimen.web.health;

import com.codahale.metrics.health.HealthCheck;
import com.regimen.core.plugins.LoadedPlugin;
import com.regimen.core.plugins.PluginInvoker;
import com.regimen.plugin.spi.IntakeAnswers;
import com.regimen.plugin.spi.PriceSettings;
import com.regimen.plugin.spi.QuoteRequest;
import com.regimen.plugin.spi.ScreeningSubject;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/** A plugin is healthy while it prices its default course and screens an empty intake in time, validly. */
public class PluginHealthCheck extends HealthCheck {
    private final PluginInvoker invoker;
    private final LoadedPlugin plugin;

    public PluginHealthCheck(PluginInvoker invoker, LoadedPlugin plugin) {
        this.invoker = invoker;
        this.plugin = plugin;
    }

    @Override
    protected Result check() {
        invoker.quote(plugin, new QuoteRequest(plugin.protocol().minSessions(), Map.of(),
                new PriceSettings("USD", plugin.defaultPrices(), plugin.defaultDepositPercent())));
        invoker.screen(plugin, new ScreeningSubject(null, new IntakeAnswers(Map.of()),
                LocalDate.now(ZoneOffset.UTC)));
        return Result.healthy(plugin.id() + " " + plugin.version() + " from " + plugin.source());
    }
}
