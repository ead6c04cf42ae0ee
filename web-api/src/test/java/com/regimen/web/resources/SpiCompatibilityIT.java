package com.regimen.web.resources;

import com.regimen.core.testing.TestDatabase;
import com.regimen.core.testing.TestDatabases;
import com.regimen.plugin.spi.SpiVersion;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.testing.Api;
import com.regimen.web.testing.Clinics;
import com.regimen.web.testing.PluginJars;
import com.regimen.web.testing.Reply;
import com.regimen.web.testing.TestApps;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plugin compiled against the released SPI 1.0 jar (plugins/released-repo), outside this build,
 * runs on today's server: it loads, quotes, screens and is booked like a 1.1 plugin.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class SpiCompatibilityIT {
    /** The released 1.0 jar; the tests run from web-api's directory. */
    static final Path SPI_1_0 = Path.of("..", "plugins", "released-repo", "com", "regimen", "regimen-plugin-spi",
            "1.0.0", "regimen-plugin-spi-1.0.0.jar");
    private static final TestDatabase DB = TestDatabases.create();
    private static final Path PLUGINS = tempDir();
    private static final Path JAR = PluginJars.build(PLUGINS, "com.example.old.OldLipFillerPlugin",
            PluginJars.source("com.example.old", "OldLipFillerPlugin", "old-lip-filler", 1, 1), List.of(SPI_1_0));
    private static final DropwizardAppExtension<RegimenConfiguration> APP = TestApps.app(DB,
            ConfigOverride.config("plugins.directory", PLUGINS.toString()));
    private static final String SUNDAY_10AM = "2027-01-10T07:00:00Z";

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("regimen-plugins-1.0");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Api api() {
        return TestApps.api(APP);
    }

    @Test
    void theJarWasBuiltAgainstThe10SpiAndThisServerSpeaks11() {
        assertThat(SPI_1_0).exists();
        assertThat(JAR).exists();
        assertThat(SpiVersion.CURRENT).isEqualTo(new SpiVersion(1, 1));
    }

    @Test
    void aPluginBuiltFor10LoadsQuotesScreensAndIsBooked() {
        Clinics.Clinic c = Clinics.open(api(), "Asia/Riyadh", 10);
        api().put("/treatments/old-lip-filler/settings", c.key(), Map.of("enabled", true,
                "prices", Map.of("session", 90_000)));
        api().post("/inventory/items", c.key(), Map.of("sku", "lip-filler-syringe", "name", "Syringe", "unit", "piece"));
        assertThat(api().post("/inventory/receipts", c.key(), Map.of("locationId", c.location(),
                "sku", "lip-filler-syringe", "lotNumber", "LOT-LF", "expiresOn", "2030-01-01", "quantity", 20))
                .status()).isEqualTo(201);

        Reply quote = api().post("/treatments/old-lip-filler/quote", c.key(), Map.of("sessions", 3));
        assertThat(quote.status()).isEqualTo(201);
        assertThat(quote.json().get("total").get("amount").asLong()).isEqualTo(270_000);

        String pregnant = Clinics.patient(api(), c, Map.of("PREGNANT", true));
        Reply blocked = api().post("/screenings", c.key(), Map.of("patientId", pregnant, "treatmentId", "old-lip-filler"));
        assertThat(blocked.text("outcome")).isEqualTo("BLOCKED");
        assertThat(blocked.json().get("findings").get(0).get("code").asText()).isEqualTo("LIP_FILLER_PREGNANCY");

        String patient = Clinics.patient(api(), c, Map.of());
        Reply cleared = api().post("/screenings", c.key(), Map.of("patientId", patient, "treatmentId", "old-lip-filler"));
        assertThat(cleared.text("outcome")).isNotEqualTo("BLOCKED");
        Reply booked = Clinics.book(api(), c, patient, "old-lip-filler", SUNDAY_10AM, Map.of());
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        assertThat(booked.text("treatmentId")).isEqualTo("old-lip-filler");
    }
}
