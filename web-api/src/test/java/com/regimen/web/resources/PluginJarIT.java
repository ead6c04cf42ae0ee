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
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A third party's plugin jar, built outside this build, dropped into the plugins directory. */
@ExtendWith(DropwizardExtensionsSupport.class)
class PluginJarIT {
    private static final TestDatabase DB = TestDatabases.create();
    private static final Path PLUGINS = tempDir();
    private static final Path JAR = PluginJars.build(PLUGINS, "com.example.lips.LipFillerPlugin",
            PluginJars.source("com.example.lips", "LipFillerPlugin", "lip-filler", 1, 1));
    private static final DropwizardAppExtension<RegimenConfiguration> APP = TestApps.app(DB,
            ConfigOverride.config("plugins.directory", PLUGINS.toString()));

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("regimen-plugins");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Api api() {
        return TestApps.api(APP);
    }

    @Test
    void aDroppedInPluginIsListedAndWorksLikeTheShippedOnes() {
        assertThat(JAR).exists();
        Tenants.Tenant tenant = Tenants.signUp(api(), "Glow");
        List<String> ids = new ArrayList<>();
        api().get("/treatments", tenant.apiKey()).json().get("data").forEach(t -> ids.add(t.get("id").asText()));
        assertThat(ids).contains("lip-filler", "prp", "exosome", "stem-cell", "mesotherapy");

        api().put("/treatments/lip-filler/settings", tenant.apiKey(), Map.of("enabled", true,
                "prices", Map.of("session", 90_000)));
        Reply quote = api().post("/treatments/lip-filler/quote", tenant.apiKey(), Map.of("sessions", 2));
        assertThat(quote.status()).isEqualTo(201);
        assertThat(quote.json().get("total").get("amount").asLong()).isEqualTo(180_000);
        assertThat(quote.text("pluginVersion")).isEqualTo("0.3.1");

        String patient = api().post("/patients", tenant.apiKey(), Map.of("name", "Reem")).text("id");
        api().put("/patients/" + patient + "/intake", tenant.apiKey(), Map.of("answers", Map.of("PREGNANT", true)));
        Reply screening = api().post("/screenings", tenant.apiKey(), Map.of("patientId", patient,
                "treatmentId", "lip-filler"));
        assertThat(screening.text("outcome")).isEqualTo("BLOCKED");
        assertThat(screening.json().get("findings").get(0).get("code").asText()).isEqualTo("LIP_FILLER_PREGNANCY");
    }

    @Test
    void brokenPluginsStopTheServerFromStartingAndTheErrorNamesTheJar() {
        Path wrongSpi = tempDir();
        Path jar = PluginJars.build(wrongSpi, "com.example.future.FuturePlugin",
                PluginJars.source("com.example.future", "FuturePlugin", "future", 2, 1));
        assertStartFails(wrongSpi, jar.toString(), "built for SPI 2.0");

        Path duplicate = tempDir();
        Path copycat = PluginJars.build(duplicate, "com.example.copy.CopyPlugin",
                PluginJars.source("com.example.copy", "CopyPlugin", "prp", 1, 1));
        assertStartFails(duplicate, copycat.toString(), "Duplicate treatment plugin id 'prp'");

        Path invalid = tempDir();
        Path badProtocol = PluginJars.build(invalid, "com.example.bad.BadPlugin",
                PluginJars.source("com.example.bad", "BadPlugin", "bad-one", 1, 0));
        assertStartFails(invalid, badProtocol.toString(), "sessions must satisfy 1 <= min <= max");
    }

    private static void assertStartFails(Path pluginsDir, String jar, String reason) {
        DropwizardAppExtension<RegimenConfiguration> app = TestApps.app(DB,
                ConfigOverride.config("plugins.directory", pluginsDir.toString()));
        try {
            assertThatThrownBy(app::before).hasMessageContaining(jar).hasMessageContaining(reason);
        } finally {
            app.after();
        }
    }
}
