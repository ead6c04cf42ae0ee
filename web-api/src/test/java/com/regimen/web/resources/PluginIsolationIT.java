package com.regimen.web.resources;

import com.regimen.core.ids.Ids;
import com.regimen.core.testing.TestDatabase;
import com.regimen.core.testing.TestDatabases;
import com.regimen.plugin.spi.TreatmentPlugin;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.testing.Api;
import com.regimen.web.testing.PluginJars;
import com.regimen.web.testing.TestApps;
import com.regimen.web.testing.Tenants;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A plugin jar sees the SPI and the JDK only: one compiled against our core or our libraries is
 * refused at start-up, naming the jar, the class it reached for and its class that did.
 */
class PluginIsolationIT {
    private static final TestDatabase DB = TestDatabases.create();
    private static final List<Path> SPI_AND_SERVER = List.of(PluginJars.locationOf(TreatmentPlugin.class),
            PluginJars.locationOf(Ids.class), PluginJars.locationOf(Jdbi.class));

    @Test
    void aPluginThatCallsOurCoreIsRefusedAtStartNamingTheClass() {
        Path dir = tempDir();
        Path jar = PluginJars.build(dir, "com.example.reach.CoreReachPlugin", withScreenLine("com.example.reach",
                "CoreReachPlugin", "core-reach", "String trace = com.regimen.core.ids.Ids.newId();"), SPI_AND_SERVER);
        assertStartFails(dir, jar, "com.regimen.core.ids.Ids (used by com.example.reach.CoreReachPlugin)");
    }

    @Test
    void aPluginThatUsesTheServersJdbiIsRefusedAtStart() {
        Path dir = tempDir();
        Path jar = PluginJars.build(dir, "com.example.reach.JdbiPlugin", withScreenLine("com.example.reach",
                "JdbiPlugin", "jdbi-reach", "Object db = org.jdbi.v3.core.Jdbi.create(\"jdbc:none\");"), SPI_AND_SERVER);
        assertStartFails(dir, jar, "org.jdbi.v3.core.Jdbi (used by com.example.reach.JdbiPlugin)");
    }

    @Test
    void aPluginWithItsOwnHelperClassesAndTheJdkLoadsAndScreens() {
        Path dir = tempDir();
        // a nested class (its own class file in the jar) and JDK classes beyond java.base (java.sql)
        String source = withScreenLine("com.example.own", "OwnPlugin", "own-helpers",
                "long days = Helper.days(java.sql.Date.valueOf(\"2026-01-01\"));")
                .replaceFirst("(?s)\\}\\s*$", """
                            static final class Helper {
                                static long days(java.util.Date date) {
                                    return date.getTime() / 86_400_000L;
                                }
                            }
                        }
                        """);
        PluginJars.build(dir, "com.example.own.OwnPlugin", source);
        DropwizardAppExtension<RegimenConfiguration> app = TestApps.app(DB,
                ConfigOverride.config("plugins.directory", dir.toString()));
        try {
            app.before();
            Api api = TestApps.api(app);
            Tenants.Tenant tenant = Tenants.signUp(api, "Glow");
            List<String> ids = new ArrayList<>();
            api.get("/treatments", tenant.apiKey()).json().get("data").forEach(t -> ids.add(t.get("id").asText()));
            assertThat(ids).contains("own-helpers");
            api.put("/treatments/own-helpers/settings", tenant.apiKey(), Map.of("enabled", true,
                    "prices", Map.of("session", 90_000)));
            String patient = api.post("/patients", tenant.apiKey(), Map.of("name", "Reem")).text("id");
            api.put("/patients/" + patient + "/intake", tenant.apiKey(), Map.of("answers", Map.of("PREGNANT", true)));
            var screening = api.post("/screenings", tenant.apiKey(), Map.of("patientId", patient,
                    "treatmentId", "own-helpers"));
            assertThat(screening.status()).as(screening.body()).isEqualTo(201);
            assertThat(screening.text("outcome")).isEqualTo("BLOCKED");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            app.after();
        }
    }

    /** The minimal plugin of PluginJars, whose screen() first runs {@code line}. */
    private static String withScreenLine(String packageName, String simpleName, String id, String line) {
        String marker = "public List<ScreeningFinding> screen(ScreeningSubject subject) {";
        String source = PluginJars.source(packageName, simpleName, id, 1, 1);
        assertThat(source).contains(marker);
        return source.replace(marker, marker + "\n        " + line);
    }

    private static void assertStartFails(Path pluginsDir, Path jar, String offence) {
        DropwizardAppExtension<RegimenConfiguration> app = TestApps.app(DB,
                ConfigOverride.config("plugins.directory", pluginsDir.toString()));
        try {
            assertThatThrownBy(app::before).hasMessageContaining("Plugin jar " + jar)
                    .hasMessageContaining("uses classes outside the SPI").hasMessageContaining(offence)
                    .hasMessageContaining("A plugin sees only com.regimen.plugin.spi.* and the JDK");
        } finally {
            app.after();
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("regimen-plugins");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
