package com.regimen.web.ui;

import com.regimen.core.testing.TestDatabase;
import com.regimen.core.testing.TestDatabases;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.demo.DemoClinic;
import com.regimen.web.testing.Api;
import com.regimen.web.testing.ConsentPlugins;
import com.regimen.web.testing.DeskBrowser;
import com.regimen.web.testing.Reply;
import com.regimen.web.testing.TestApps;
import com.regimen.web.testing.Tenants;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.PointerInput;
import org.openqa.selenium.interactions.Sequence;
import org.openqa.selenium.support.ui.ExpectedConditions;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Consent in real headless Chromium at tablet size (820 × 1180), the desk working in Arabic: check-in
 * of an Arabic-speaking patient is refused for want of a consent, the desk opens the form from the
 * refusal, the patient reads it right to left, types their name in Arabic and draws their mark with a
 * finger (touch pointer events), it is signed with the desk as witness, and check-in goes through.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ConsentUiIT {
    private static final TestDatabase DB = TestDatabases.create();
    private static final DropwizardAppExtension<RegimenConfiguration> APP = TestApps.app(DB,
            ConfigOverride.config("demoData", "true"), ConfigOverride.config("plugins.directory", plugins()));
    private static final String ARABIC_NAME = "ريم العتيبي";
    private static DeskBrowser desk;

    private static String plugins() {
        try {
            Path directory = Files.createTempDirectory("regimen-consent-ui-plugins");
            ConsentPlugins.jar(directory, "1");
            return directory.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeAll
    static void startBrowser() throws IOException {
        desk = new DeskBrowser(base(), "820,1180");
    }

    @AfterAll
    static void stopBrowser() {
        if (desk != null) {
            desk.close();
        }
    }

    private static String base() {
        return "http://127.0.0.1:" + APP.getLocalPort();
    }

    private static String demoTenant() {
        return DeskBrowser.demoTenant(DB);
    }

    @Test
    void theDeskHasAnArabicSpeakingPatientSignByTouchThenChecksIn() throws Exception {
        String tenant = demoTenant();
        Api api = new Api(base() + "/v1");
        String owner = Tenants.signIn(api, tenant, DemoClinic.OWNER_EMAIL, DemoClinic.PASSWORD);
        assertThat(api.put("/treatments/peel/settings", owner, Map.of("enabled", true,
                "prices", Map.of("session", 60_000))).status()).isEqualTo(200);
        String riyadh = DB.jdbi().withHandle(handle -> handle.createQuery("SELECT id FROM locations "
                + "WHERE tenant_id = :tenant AND timezone = 'Asia/Riyadh'").bind("tenant", tenant)
                .mapTo(String.class).one());
        String patient = api.post("/patients", owner, Map.of("name", ARABIC_NAME, "locale", "ar",
                "phone", "+966500000999")).text("id");
        Map<String, Object> answers = new HashMap<>();
        for (String code : List.of("CANCER", "PREGNANT", "BREASTFEEDING", "ACTIVE_INFECTION", "ANTICOAGULANTS",
                "IMMUNE_DISORDER", "SKIN_DISEASE_AT_SITE", "EXOSOME_ALLERGY", "DIABETES", "HYPERTENSION",
                "CARDIOVASCULAR_DISEASE", "SMOKED_OR_DRANK_LAST_48H", "MESO_INGREDIENT_ALLERGY",
                "SEVERE_ALLERGIC_REACTION_HISTORY", "LIVER_DISEASE", "BLOOD_DISORDER")) {
            answers.put(code, false);
        }
        answers.put("MEDICATIONS", List.of());
        Reply intake = api.put("/patients/" + patient + "/intake", owner, Map.of("answers", answers));
        assertThat(intake.status()).as(intake.toString()).isEqualTo(200);
        // Ten days out, past the demo week's appointments.
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Riyadh")).plusDays(10);
        Reply booked = api.post("/appointments", owner, Map.of("patientId", patient, "treatmentId", "peel",
                "locationId", riyadh, "start", day.atTime(10, 0).atZone(ZoneId.of("Asia/Riyadh")).toInstant()
                        .toString()));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        String appointment = booked.text("id");

        signInInArabic();
        desk.setValue(By.cssSelector("[data-test=day-date]"), day.toString());
        desk.click(By.cssSelector("[data-test=appointment][data-id='" + appointment + "']"));
        desk.wait.until(d -> d.findElements(By.cssSelector("[data-test=consent-state][data-state=MISSING]")).size() == 1);
        // The care instructions show in the patient's language, with their timing.
        assertThat(desk.driver.findElement(By.cssSelector("[data-test=care-preCare]")).getText())
                .contains(ConsentPlugins.PRE_CARE_AR).contains("٣ أيام");

        desk.click(By.cssSelector("[data-test=action-checkIn]"));
        WebElement refusal = desk.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-test=consent-required]")));
        assertThat(refusal.getText()).contains("يجب أن يوقّع المريض");
        // The refusal shows inside the dialog (front desk v2), its code on the details line.
        assertThat(desk.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                "#dialog [data-test=problem][data-code=CONSENT_REQUIRED] [data-test=problem-details]"))).getText())
                .contains("CONSENT_REQUIRED");
        desk.screenshot("consent-required-ar");
        desk.click(By.cssSelector("[data-test=consent-required-sign]"));

        WebElement form = desk.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-test=consent-form]")));
        assertThat(form.getAttribute("dir")).isEqualTo("rtl");
        assertThat(form.getAttribute("lang")).isEqualTo("ar");
        assertThat(form.getText()).contains("تقشير كيميائي", ConsentPlugins.RISK_AR, "البدائل");
        desk.driver.findElement(By.cssSelector("[data-test=consent-name]")).sendKeys(ARABIC_NAME);
        WebElement pad = desk.driver.findElement(By.cssSelector("[data-test=consent-pad]"));
        ((JavascriptExecutor) desk.driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", pad);
        drawWithFinger(pad);
        desk.screenshot("consent-form-ar");
        desk.click(By.cssSelector("[data-test=consent-sign]"));

        // Back on the appointment: signed, and check-in goes through.
        desk.wait.until(d -> d.findElements(By.cssSelector("[data-test=consent-state][data-state=SIGNED]")).size() == 1);
        desk.click(By.cssSelector("[data-test=action-checkIn]"));
        desk.wait.until(d -> d.findElements(By.cssSelector("[data-test=status][data-status=CHECKED_IN]")).size() == 1);
        desk.screenshot("consent-signed-ar");

        Map<String, Object> row = DB.jdbi().withHandle(handle -> handle.createQuery("SELECT c.typed_name, c.language, "
                + "c.consent_version, c.witness_id, c.mark_png, u.email FROM patient_consents c JOIN staff_users u "
                + "ON u.tenant_id = c.tenant_id AND u.id = c.witness_id WHERE c.tenant_id = :t AND c.patient_id = :p")
                .bind("t", tenant).bind("p", patient).mapToMap().one());
        assertThat(row.get("typed_name")).isEqualTo(ARABIC_NAME);
        assertThat(row.get("language")).isEqualTo("ar");
        assertThat(row.get("consent_version")).isEqualTo("1");
        assertThat(row.get("email")).as("the desk member signed in witnessed").isEqualTo(DemoClinic.DESK_EMAIL);
        BufferedImage mark = ImageIO.read(new ByteArrayInputStream((byte[]) row.get("mark_png")));
        assertThat(inkedColumns(mark)).as("the finger's stroke crossed most of the pad").isGreaterThan(200);

        // The signed form prints from the appointment, right to left.
        desk.click(By.cssSelector("[data-test=print-consent]"));
        WebElement printed = desk.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-test=printed-page]")));
        assertThat(printed.getAttribute("dir")).isEqualTo("rtl");
        assertThat(printed.getText()).contains(ARABIC_NAME, "Sara (front desk)");
    }

    /** A touch stroke across the pad: pointer events of type touch, as a finger on a tablet makes. */
    private static void drawWithFinger(WebElement pad) {
        PointerInput finger = new PointerInput(PointerInput.Kind.TOUCH, "finger");
        Sequence stroke = new Sequence(finger, 0);
        int width = pad.getRect().getWidth();
        int height = pad.getRect().getHeight();
        stroke.addAction(finger.createPointerMove(Duration.ZERO, PointerInput.Origin.fromElement(pad),
                -width / 2 + 20, 0));
        stroke.addAction(finger.createPointerDown(PointerInput.MouseButton.LEFT.asArg()));
        for (int step = 1; step <= 12; step++) {
            int x = -width / 2 + 20 + step * (width - 40) / 12;
            int y = (step % 2 == 0 ? -1 : 1) * height / 4;
            stroke.addAction(finger.createPointerMove(Duration.ofMillis(20), PointerInput.Origin.fromElement(pad), x, y));
        }
        stroke.addAction(finger.createPointerUp(PointerInput.MouseButton.LEFT.asArg()));
        desk.driver.perform(List.of(stroke));
    }

    private static int inkedColumns(BufferedImage image) {
        int columns = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                if ((image.getRGB(x, y) >>> 24) > 64) {
                    columns++;
                    break;
                }
            }
        }
        return columns;
    }

    private static void signInInArabic() {
        desk.driver.manage().deleteAllCookies();
        desk.driver.get(base() + "/?tenant=" + demoTenant());
        ((JavascriptExecutor) desk.driver).executeScript("localStorage.clear()");
        desk.driver.navigate().refresh();
        desk.wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("email")));
        if (!"ar".equals(desk.driver.findElement(By.tagName("html")).getAttribute("lang"))) {
            desk.click(By.cssSelector("[data-test=language]"));
        }
        desk.wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("email"))).sendKeys(DemoClinic.DESK_EMAIL);
        desk.driver.findElement(By.name("password")).sendKeys(DemoClinic.PASSWORD);
        assertThat(desk.driver.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        desk.click(By.cssSelector("[data-test=sign-in]"));
        desk.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=new-booking]")));
    }
}
