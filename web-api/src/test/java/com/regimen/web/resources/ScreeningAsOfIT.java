package com.regimen.web.resources;

import com.regimen.core.testing.TestDatabase;
import com.regimen.core.testing.TestDatabases;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.testing.Api;
import com.regimen.web.testing.Clinics;
import com.regimen.web.testing.PluginJars;
import com.regimen.web.testing.Reply;
import com.regimen.web.testing.TestApps;
import com.regimen.web.testing.TestRegimenApplication;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * SPI 1.1's as-of date: a plugin screens for the day of the session, at the location, never for the
 * day the screening happens to run. A probe plugin reports the date it was given as a WARN finding.
 * Also: the loader checks the new consent forms and care instructions like the rest of a plugin.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ScreeningAsOfIT {
    private static final ZoneId KIRITIMATI = ZoneId.of("Pacific/Kiritimati");
    private static final TestDatabase DB = TestDatabases.create();
    private static final Path PLUGINS = tempDir();
    private static final Path JAR = PluginJars.build(PLUGINS, "com.example.probe.AsOfProbePlugin",
            probe("com.example.probe", "AsOfProbePlugin", "as-of-probe", "List.of(LocalizedText.of(\"عدوى\", \"Infection\"))"));
    private static final DropwizardAppExtension<RegimenConfiguration> APP = TestApps.app(DB,
            ConfigOverride.config("plugins.directory", PLUGINS.toString()));

    @Test
    void bookingAndReschedulingScreenAsOfTheSessionsDayAtTheLocation() {
        assertThat(JAR).exists();
        Api api = TestApps.api(APP);
        // Auckland is UTC+13 in March: 09:30 there on the 10th is still the 9th in UTC.
        Clinics.Clinic clinic = Clinics.open(api, "Pacific/Auckland", 5);
        api.put("/treatments/as-of-probe/settings", clinic.key(), Map.of("enabled", true,
                "prices", Map.of("session", 50_000)));
        String patient = Clinics.patient(api, clinic, Map.of());

        Reply booked = Clinics.book(api, clinic, patient, "as-of-probe", "2027-03-10T09:30:00+13:00", Map.of());
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        assertThat(screenedAsOf(api, clinic, booked.text("screeningId"))).isEqualTo("2027-03-10");

        Reply moved = api.post("/appointments/" + booked.text("id") + "/reschedule", clinic.key(),
                Map.of("start", "2027-03-12T09:30:00+13:00"));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(screenedAsOf(api, clinic, moved.text("screeningId"))).isEqualTo("2027-03-12");
    }

    @Test
    void aScreeningForNoSessionIsAsOfTodayAtTheLocation() {
        // UTC+14: most of the UTC day, it is already tomorrow there.
        Api api = TestApps.api(APP);
        Clinics.Clinic clinic = Clinics.open(api, "Pacific/Kiritimati", 5);
        api.put("/treatments/as-of-probe/settings", clinic.key(), Map.of("enabled", true,
                "prices", Map.of("session", 50_000)));
        String patient = Clinics.patient(api, clinic, Map.of());
        LocalDate before = LocalDate.ofInstant(TestRegimenApplication.CLOCK.instant(), KIRITIMATI);
        Reply screening = api.post("/screenings", clinic.key(), Map.of("patientId", patient,
                "treatmentId", "as-of-probe", "locationId", clinic.location()));
        LocalDate after = LocalDate.ofInstant(TestRegimenApplication.CLOCK.instant(), KIRITIMATI);
        assertThat(screening.status()).isEqualTo(201);
        // The day may turn between the two readings; the screening's day is one of them.
        assertThat(screenedAsOf(api, clinic, screening.text("id"))).isIn(before.toString(), after.toString());
    }

    @Test
    void aConsentFormWithoutRisksStopsTheServerFromStartingAndTheErrorSaysSo() {
        Path dir = tempDir();
        Path jar = PluginJars.build(dir, "com.example.norisk.NoRiskPlugin",
                probe("com.example.norisk", "NoRiskPlugin", "no-risk", "List.of()"));
        DropwizardAppExtension<RegimenConfiguration> app = TestApps.app(DB, "norisk.",
                ConfigOverride.config("norisk.", "plugins.directory", dir.toString()));
        try {
            assertThatThrownBy(app::before).hasMessageContaining(jar.toString())
                    .hasMessageContaining("consent form needs at least one risk");
        } finally {
            app.after();
        }
    }

    private static String screenedAsOf(Api api, Clinics.Clinic clinic, String screeningId) {
        Reply screening = api.get("/screenings/" + screeningId, clinic.key());
        assertThat(screening.status()).isEqualTo(200);
        assertThat(screening.json().get("findings")).hasSize(1);
        assertThat(screening.json().get("findings").get(0).get("code").asText()).isEqualTo("SCREENED_AS_OF");
        return screening.json().get("findings").get(0).get("messages").get("en").asText();
    }

    /** An SPI 1.1 plugin that reports its as-of date, with a consent form whose risks are {@code risks}. */
    private static String probe(String packageName, String simpleName, String id, String risks) {
        return """
                package %s;

                import com.regimen.plugin.spi.*;
                import java.util.List;
                import java.util.Map;
                import java.util.Optional;
                import java.util.Set;

                public final class %s implements TreatmentPlugin {
                    private static final List<CareInstruction> CARE = List.of(CareInstruction.after(
                            CareTiming.hours(24, 48), LocalizedText.of("تجنب الشمس", "Avoid the sun")));
                    private static final TreatmentProtocol PROTOCOL = new TreatmentProtocol(1, 3, 7, 20,
                            Set.of(Credential.NURSE), Set.of(), null, List.of(), List.of(),
                            CareInstruction.describe(CARE, CarePhase.AFTER), Set.of(), List.of());

                    public PluginDescriptor descriptor() {
                        return new PluginDescriptor("%s", "1.0.0", new SpiVersion(1, 1),
                                LocalizedText.of("مسبار", "Probe"));
                    }

                    public TreatmentProtocol protocol() {
                        return PROTOCOL;
                    }

                    public Map<String, Long> defaultPrices() {
                        return Map.of("session", 10_000L);
                    }

                    public Quote quote(QuoteRequest request) {
                        return PerSessionPricing.quote(request, PROTOCOL, "session", LocalizedText.of("جلسة", "Session"));
                    }

                    public Optional<ConsentForm> consentForm() {
                        return Optional.of(new ConsentForm("1", List.of(new ConsentSection(
                                LocalizedText.of("العلاج", "The treatment"), LocalizedText.of("نص", "Text"))),
                                %s, List.of()));
                    }

                    public List<CareInstruction> careInstructions() {
                        return CARE;
                    }

                    public List<ScreeningFinding> screen(ScreeningSubject subject) {
                        String day = String.valueOf(subject.asOf());
                        return List.of(new ScreeningFinding("SCREENED_AS_OF", Severity.WARN, LocalizedText.of(day, day)));
                    }
                }
                """.formatted(packageName, simpleName, id, risks);
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("regimen-plugins");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
