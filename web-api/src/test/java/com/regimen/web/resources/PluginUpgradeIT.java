package com.regimen.web.resources;

import com.regimen.core.testing.TestDatabase;
import com.regimen.core.testing.TestDatabases;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.testing.Api;
import com.regimen.web.testing.PluginJars;
import com.regimen.web.testing.Reply;
import com.regimen.web.testing.TestApps;
import com.regimen.web.testing.Tenants;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * docs/plugins.md's upgrade story: two versions of one plugin in the plugins directory stop the
 * start, naming both jars; replacing the jar and restarting runs the new version.
 */
class PluginUpgradeIT {
    private static final TestDatabase DB = TestDatabases.create();

    @Test
    void twoVersionsStopTheStartAndReplacingTheJarUpgrades() throws Exception {
        Path plugins = Files.createTempDirectory("regimen-plugins-upgrade");
        Path old = PluginJars.build(Files.createTempDirectory("old"), "com.example.lips.LipFillerPlugin",
                PluginJars.source("com.example.lips", "LipFillerPlugin", "lip-filler", 1, 1));
        Path next = PluginJars.build(Files.createTempDirectory("new"), "com.example.lips.LipFillerPlugin",
                PluginJars.source("com.example.lips", "LipFillerPlugin", "lip-filler", 1, 1)
                        .replace("\"0.3.1\"", "\"0.4.0\""));
        Path oldInstalled = Files.copy(old, plugins.resolve("lip-filler-0.3.1.jar"));
        Path newInstalled = Files.copy(next, plugins.resolve("lip-filler-0.4.0.jar"));

        DropwizardAppExtension<RegimenConfiguration> both = app(plugins);
        try {
            assertThatThrownBy(both::before).hasMessageContaining("Duplicate treatment plugin id 'lip-filler'")
                    .hasMessageContaining(oldInstalled.toString()).hasMessageContaining(newInstalled.toString());
        } finally {
            both.after();
        }

        Files.delete(oldInstalled);
        DropwizardAppExtension<RegimenConfiguration> upgraded = app(plugins);
        try {
            upgraded.before();
            Api api = TestApps.api(upgraded);
            Tenants.Tenant tenant = Tenants.signUp(api, "Glow");
            api.put("/treatments/lip-filler/settings", tenant.apiKey(), Map.of("enabled", true,
                    "prices", Map.of("session", 90_000)));
            Reply quote = api.post("/treatments/lip-filler/quote", tenant.apiKey(), Map.of("sessions", 1));
            assertThat(quote.status()).isEqualTo(201);
            assertThat(quote.text("pluginVersion")).isEqualTo("0.4.0");
        } finally {
            upgraded.after();
        }
    }

    private static DropwizardAppExtension<RegimenConfiguration> app(Path plugins) {
        return TestApps.app(DB, ConfigOverride.config("plugins.directory", plugins.toString()));
    }
}
