package com.regimen.web.ui;

import com.regimen.web.testing.DeskBrowser;
import com.regimen.core.testing.TestDatabase;
import com.regimen.core.testing.TestDatabases;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.demo.DemoClinic;
import com.regimen.web.testing.Api;
import com.regimen.web.testing.TestApps;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clearances in real headless Chromium against the demo clinic chain: the front desk sees that a
 * patient needs a physician's clearance and cannot record one (nor pick a physician); the demo
 * physician records it, sees who cleared until when, and books; the appointment shows the
 * clearance, and new intake answers put the review flag on the day view's tile.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ClearanceUiIT {
    private static final TestDatabase DB = TestDatabases.create();
    private static final DropwizardAppExtension<RegimenConfiguration> APP = TestApps.app(DB,
            ConfigOverride.config("demoData", "true"));
    private static DeskBrowser desk;

    @BeforeAll
    static void startBrowser() throws IOException {
        desk = new DeskBrowser(base(), "1280,800");
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
    void theDeskSeesTheClearanceStateAndOnlyThePhysicianRecordsOne() throws Exception {
        String patient = "Clearance Patient " + System.nanoTime() % 100000;
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Riyadh")).plusDays(5);

        // The desk: a diabetic patient for exosomes needs a clearance; no slots, no physician to pick, no recording.
        signIn(DemoClinic.DESK_EMAIL);
        desk.click(By.cssSelector("[data-test=new-booking]"));
        desk.click(By.cssSelector("[data-test=new-patient]"));
        desk.driver.findElement(By.cssSelector("[data-test=new-patient-name]")).sendKeys(patient);
        desk.click(By.cssSelector("[data-test=create-patient]"));
        desk.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=save-intake]")));
        for (WebElement no : desk.driver.findElements(By.cssSelector("[data-test=answer-no]"))) {
            desk.clickElement(no);
        }
        desk.clickElement(desk.driver.findElement(By.cssSelector("[data-test=answer-yes][data-code=DIABETES]")));
        desk.click(By.cssSelector("[data-test=save-intake]"));
        desk.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-test=chosen-patient]"),
                patient));
        findSlots(day);
        WebElement state = desk.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-test=clearance-state]")));
        assertThat(state.getAttribute("data-state")).isEqualTo("NEEDED");
        assertThat(desk.driver.findElements(By.cssSelector("[data-test=clearance-physician-only]"))).hasSize(1);
        assertThat(desk.driver.findElements(By.cssSelector("[data-test=record-clearance]"))).isEmpty();
        assertThat(desk.driver.findElements(By.cssSelector("[data-test=clearance-physician]"))).isEmpty();
        assertThat(desk.driver.findElements(By.cssSelector("[data-test=slot]"))).isEmpty();
        desk.screenshot("clearance-needed-en");
        signOut();

        // The physician: records the clearance, sees it, books.
        signIn(DemoClinic.DOCTOR_EMAIL);
        desk.click(By.cssSelector("[data-test=new-booking]"));
        desk.driver.findElement(By.cssSelector("[data-test=patient-search]")).sendKeys(patient);
        // The results re-render as each key arrives: find and click the option in one step, again if it went stale.
        desk.wait.until(d -> {
            WebElement option = d.findElements(By.cssSelector("[data-test=patient-option]")).stream()
                    .filter(e -> e.getText().contains(patient)).findFirst().orElse(null);
            if (option == null) {
                return false;
            }
            desk.clickElement(option);
            return true;
        });
        desk.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-test=chosen-patient]"),
                patient));
        findSlots(day);
        desk.click(By.cssSelector("[data-test=record-clearance]"));
        desk.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=clearance-note]")))
                .sendKeys("HbA1c 6.2, well controlled; cleared for exosome therapy");
        desk.click(By.cssSelector("[data-test=save-clearance]"));
        desk.wait.until(d -> d.findElements(By.cssSelector("[data-test=clearance-state][data-state=CLEARED]")).size() == 1);
        assertThat(desk.driver.findElement(By.cssSelector("[data-test=clearance-state]")).getText())
                .contains("Dr. Huda Al-Saud");
        desk.wait.until(d -> !d.findElements(By.cssSelector("[data-test=slot]")).isEmpty());
        desk.screenshot("clearance-cleared-en");
        desk.click(By.cssSelector("[data-test=slot]"));
        desk.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[data-test=find-slots]")));
        String tenant = demoTenant();
        assertThat(DB.count("SELECT COUNT(*) FROM clearances c JOIN patients p ON p.tenant_id = c.tenant_id "
                + "AND p.id = c.patient_id WHERE c.tenant_id = ? AND p.name = ?", tenant, patient)).isEqualTo(1);
        String appointment = DB.jdbi().withHandle(handle -> handle.createQuery("SELECT a.id FROM appointments a "
                + "JOIN patients p ON p.tenant_id = a.tenant_id AND p.id = a.patient_id WHERE a.tenant_id = :t "
                + "AND p.name = :name").bind("t", tenant).bind("name", patient).mapTo(String.class).one());
        signOut();

        // New intake answers after booking: the desk sees the review flag on the tile and the clearance on it.
        Api api = new Api(base() + "/v1");
        String token = api.post("/sessions", null, Map.of("tenantId", tenant, "email", DemoClinic.DESK_EMAIL,
                "password", DemoClinic.PASSWORD)).text("token");
        String patientId = DB.jdbi().withHandle(handle -> handle.createQuery("SELECT patient_id FROM appointments "
                + "WHERE tenant_id = :t AND id = :id").bind("t", tenant).bind("id", appointment)
                .mapTo(String.class).one());
        @SuppressWarnings("unchecked")
        Map<String, Object> answers = new HashMap<>(new com.fasterxml.jackson.databind.ObjectMapper().convertValue(
                api.get("/patients/" + patientId + "/intake", token).json().get("answers"), Map.class));
        answers.put("HYPERTENSION", true);
        assertThat(api.put("/patients/" + patientId + "/intake", token, Map.of("answers", answers)).status())
                .isEqualTo(200);
        signIn(DemoClinic.DESK_EMAIL);
        desk.setValue(By.cssSelector("[data-test=day-date]"), day.toString());
        WebElement tile = desk.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-test=appointment][data-id='" + appointment + "']")));
        assertThat(tile.findElements(By.cssSelector("[data-test=review-flag]"))).hasSize(1);
        desk.screenshot("review-flag-en");
        desk.clickElement(tile);
        WebElement shown = desk.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-test=clearance-state]")));
        assertThat(shown.getAttribute("data-state")).isEqualTo("CLEARED");
        assertThat(shown.getText()).contains("Dr. Huda Al-Saud");
        assertThat(desk.driver.findElements(By.cssSelector("[data-test=record-clearance]"))).isEmpty();
        // Re-screened now, the new finding is not covered: the desk is told plainly, nothing changes.
        desk.click(By.cssSelector("[data-test=action-review]"));
        // Inside the dialog, in words, with the code on its details line (no longer a toast under the overlay).
        WebElement refusal = desk.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#dialog [data-test=problem][data-code=CLEARANCE_REQUIRED]")));
        assertThat(refusal.findElement(By.cssSelector("[data-test=problem-details]")).getText())
                .contains("CLEARANCE_REQUIRED");
        assertThat(DB.count("SELECT COUNT(*) FROM appointments WHERE tenant_id = ? AND id = ? AND status = 'BOOKED'",
                tenant, appointment)).isEqualTo(1);
        signOut();
    }

    private static void findSlots(LocalDate day) {
        new Select(desk.driver.findElement(By.cssSelector("[data-test=treatment]"))).selectByValue("exosome");
        desk.setValue(By.cssSelector("[data-test=booking-date]"), day.toString());
        desk.click(By.cssSelector("[data-test=find-slots]"));
        desk.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=screening-outcome]")));
        assertThat(desk.driver.findElement(By.cssSelector("[data-test=screening-outcome]")).getAttribute("data-outcome"))
                .isEqualTo("NEEDS_CLEARANCE");
    }

    private static void signIn(String email) {
        desk.signIn(demoTenant(), email, "en");
    }

    private static void signOut() {
        desk.driver.get(base() + "/");
        desk.click(By.cssSelector("[data-test=sign-out]"));
        desk.wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("password")));
    }
}
