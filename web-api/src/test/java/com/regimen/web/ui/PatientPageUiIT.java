package com.regimen.web.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.regimen.core.testing.TestDatabase;
import com.regimen.core.testing.TestDatabases;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.testing.Api;
import com.regimen.web.testing.Clinics;
import com.regimen.web.testing.Reply;
import com.regimen.web.testing.TestApps;
import com.regimen.web.testing.TestRegimenApplication;
import com.regimen.web.testing.Tenants;
import com.regimen.web.testing.DeskBrowser;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The patient's page on a phone (390×844, headless Chromium), in English and in Arabic (right to
 * left): the link opens the visit in the patient's language, the patient confirms, answers the intake
 * (a medicine the clinic must review: the page only thanks them, the desk sees the visit flagged),
 * signs the consent with a finger-drawn mark (the desk sees it signed), then cancels and sees the
 * read-only page. Every state is axe-clean (no serious or critical violation), every target is at
 * least 44 px, and the console stays free of errors.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class PatientPageUiIT {
    private static final TestDatabase DB = TestDatabases.create();
    private static final DropwizardAppExtension<RegimenConfiguration> APP = TestApps.app(DB);
    private static final Path AXE = Path.of("target", "axe-core", "package", "axe.min.js");

    private Api api() {
        return TestApps.api(APP);
    }

    private record Booked(Clinics.Clinic clinic, String patient, String appointment, Tenants.Staff desk, String token) {
    }

    private Booked booked(String language) {
        Clinics.Clinic c = Clinics.open(api(), "Asia/Riyadh", 10);
        String patient = api().post("/patients", c.key(), Map.of("name", Clinics.PATIENT_NAME,
                "phone", Clinics.PATIENT_PHONE, "locale", language)).text("id");
        Map<String, Object> answers = new HashMap<>(Map.of("LIVER_DISEASE", false, "BLOOD_DISORDER", false,
                "PREGNANT", false, "ANTICOAGULANTS", false, "MEDICATIONS", List.of()));
        assertThat(api().put("/patients/" + patient + "/intake", c.key(), Map.of("answers", answers)).status())
                .isEqualTo(200);
        LocalDate day = LocalDate.ofInstant(TestRegimenApplication.CLOCK.instant(), ZoneOffset.UTC).plusDays(4);
        if (day.equals(LocalDate.of(2027, 2, 7))) {
            day = day.plusDays(1);
        }
        Reply booking = Clinics.book(api(), c, patient, "prp", day.atTime(7, 0).toInstant(ZoneOffset.UTC).toString(),
                Map.of());
        assertThat(booking.status()).as(booking.toString()).isEqualTo(201);
        Tenants.Staff desk = Tenants.staff(api(), c.tenant(), "FRONT_DESK");
        String url = api().post("/appointments/" + booking.text("id") + "/self-service-link", desk.token(), null)
                .text("url");
        return new Booked(c, patient, booking.text("id"), desk, url.substring(url.indexOf('#') + 1));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "ar"})
    void aPatientConfirmsAnswersSignsAndCancelsOnAPhone(String language) throws Exception {
        assertThat(AXE).as("axe-core unpacked by the build (download-maven-plugin)").exists();
        String axe = Files.readString(AXE);
        Booked b = booked(language);
        List<String> problems = new ArrayList<>();
        try (DeskBrowser phone = new DeskBrowser("http://127.0.0.1:" + APP.getLocalPort(), "390,844")) {
            phone.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
            phone.driver.get("http://127.0.0.1:" + APP.getLocalPort() + "/patient.html#" + b.token());
            phone.visible(By.cssSelector("[data-test=details]"));
            // The patient's language by default; the token leaves the address bar at once.
            assertThat(phone.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
            assertThat(phone.driver.findElement(By.tagName("html")).getAttribute("dir"))
                    .isEqualTo("ar".equals(language) ? "rtl" : "ltr");
            assertThat(phone.driver.getCurrentUrl()).doesNotContain("rgp_");
            assertThat(phone.driver.findElement(By.cssSelector("[data-test=pre-care]")).getText()).isNotBlank();
            problems.addAll(check(phone, axe, "visit"));
            phone.screenshot("patient-visit-" + language);

            // The switch shows the other language and back.
            phone.click(By.cssSelector("[data-test=language]"));
            phone.until(() -> !language.equals(phone.driver.findElement(By.tagName("html")).getAttribute("lang")));
            phone.click(By.cssSelector("[data-test=language]"));
            phone.until(() -> language.equals(phone.driver.findElement(By.tagName("html")).getAttribute("lang")));

            phone.click(By.cssSelector("[data-test=confirm]"));
            phone.visible(By.cssSelector("[data-test=confirmed]"));

            phone.click(By.cssSelector("[data-test=open-intake]"));
            phone.visible(By.cssSelector("[data-test=intake-form]"));
            for (String code : List.of("LIVER_DISEASE", "BLOOD_DISORDER", "PREGNANT", "ANTICOAGULANTS")) {
                phone.click(By.cssSelector("[data-test=answer-" + code + "-no]"));
            }
            phone.type(By.cssSelector("[data-test=answer-MEDICATIONS]"), "Zyntravex 5mg");
            problems.addAll(check(phone, axe, "intake"));
            phone.screenshot("patient-intake-" + language);
            phone.click(By.cssSelector("[data-test=send-intake]"));
            phone.visible(By.cssSelector("[data-test=notice]"));
            String thanks = phone.driver.findElement(By.cssSelector("[data-test=notice]")).getText();
            assertThat(thanks).isEqualTo("ar".equals(language)
                    ? "شكرًا لك. ستراجع العيادة إجاباتك قبل زيارتك."
                    : "Thank you. The clinic will review your answers before your visit.");
            String page = phone.driver.findElement(By.tagName("main")).getText();
            assertThat(page).doesNotContainIgnoringCase("clearance").doesNotContain("Zyntravex")
                    .doesNotContain("UNRECOGNISED");
            // The desk sees the visit flagged for review.
            assertThat(api().get("/appointments/" + b.appointment(), b.desk().token()).json().get("needsReview")
                    .asBoolean()).isTrue();

            phone.click(By.cssSelector("[data-test=open-consent]"));
            phone.visible(By.cssSelector("[data-test=consent-form]"));
            phone.type(By.cssSelector("[data-test=typed-name]"), "ar".equals(language) ? "سلمى حداد" : "Salma Haddad");
            WebElement pad = phone.driver.findElement(By.cssSelector("[data-test=pad]"));
            ((JavascriptExecutor) phone.driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", pad);
            int width = pad.getRect().getWidth();
            new Actions(phone.driver).moveToElement(pad, -width / 3, 0).clickAndHold().moveByOffset(width / 6, -30)
                    .moveByOffset(width / 6, 50).moveByOffset(width / 6, -50).release().perform();
            problems.addAll(check(phone, axe, "consent"));
            phone.screenshot("patient-consent-" + language);
            phone.click(By.cssSelector("[data-test=sign]"));
            phone.visible(By.cssSelector("[data-test=consent-signed]"));
            var consents = api().get("/patients/" + b.patient() + "/consents", b.desk().token()).json().get("data");
            assertThat(consents.size()).isEqualTo(1);
            assertThat(consents.get(0).get("current").asBoolean()).isTrue();
            assertThat(consents.get(0).get("language").asText()).isEqualTo(language);

            phone.click(By.cssSelector("[data-test=cancel]"));
            phone.visible(By.cssSelector("[data-test=cancel-question]"));
            problems.addAll(check(phone, axe, "cancel"));
            phone.screenshot("patient-cancel-" + language);
            phone.click(By.cssSelector("[data-test=cancel-yes]"));
            phone.visible(By.cssSelector("[data-test=closed]"));
            assertThat(phone.driver.findElements(By.cssSelector("[data-test=confirm], [data-test=open-intake], "
                    + "[data-test=cancel]"))).isEmpty();
            problems.addAll(check(phone, axe, "cancelled"));
            phone.screenshot("patient-cancelled-" + language);
            assertThat(api().get("/appointments/" + b.appointment(), b.desk().token()).text("status"))
                    .isEqualTo("CANCELLED");

            assertThat(problems).as("axe violations and targets under 44 px (" + language + ")").isEmpty();
            List<LogEntry> errors = phone.console().stream()
                    .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
            assertThat(errors).as("console errors").isEmpty();
        }
    }

    /** Serious or critical axe violations, and tappable things smaller than 44 × 44 px. */
    @SuppressWarnings("unchecked")
    private static List<String> check(DeskBrowser phone, String axe, String view) throws Exception {
        phone.js(axe);
        Object result = ((JavascriptExecutor) phone.driver).executeAsyncScript("const done = arguments[0];"
                + "axe.run(document, { resultTypes: ['violations'] }).then((r) => done(JSON.stringify(r.violations"
                + ".filter((v) => v.impact === 'serious' || v.impact === 'critical')"
                + ".map((v) => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map((n) => n.target.join(' '))"
                + ".join(' | '))))).catch((e) => done(JSON.stringify(['axe failed: ' + e])));");
        List<String> found = new ArrayList<>(new ObjectMapper().readValue(String.valueOf(result), List.class));
        Object small = phone.js("return [...document.querySelectorAll('button, input:not([type=radio]), textarea, "
                + "label.choice')].filter((e) => e.offsetParent !== null).map((e) => [e, e.getBoundingClientRect()])"
                + ".filter(([e, r]) => r.width < 44 || r.height < 44)"
                + ".map(([e, r]) => (e.dataset.test || e.tagName) + ' ' + Math.round(r.width) + 'x' + Math.round(r.height));");
        found.addAll((List<String>) small);
        return found.stream().map(v -> view + ": " + v).toList();
    }
}
