package com.regimen.web.ui;

import com.regimen.core.testing.TestDatabase;
import com.regimen.core.testing.TestDatabases;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.demo.DemoClinic;
import com.regimen.web.testing.Api;
import com.regimen.web.testing.HeadlessChromium;
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
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The owner's tour of the back office in real headless Chromium, in English and then in Arabic
 * (right to left): set a treatment's price, add a practitioner, add a member of staff, deactivate them (their live session dies at once), set
 * the cancellation policy, find the deactivation in the audit log, and read each report with its chart.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class OfficeUiIT {
    private static final TestDatabase DB = TestDatabases.create();
    private static final DropwizardAppExtension<RegimenConfiguration> APP = TestApps.app(DB,
            ConfigOverride.config("demoData", "true"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void startBrowser() throws IOException {
        browser = HeadlessChromium.start("1280,900");
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static String base() {
        return "http://127.0.0.1:" + APP.getLocalPort();
    }

    private static Api api() {
        return TestApps.api(APP);
    }

    private static String demoTenant() {
        return DB.jdbi().withHandle(handle -> handle.createQuery("SELECT tenant_id FROM tenants WHERE name = :name")
                .bind("name", DemoClinic.TENANT_NAME).mapTo(String.class).one());
    }

    @Test
    void theOwnerRunsTheBackOfficeInBothLanguages() throws IOException {
        signIn(DemoClinic.OWNER_EMAIL);
        tour("en", 48, "30", "Back office", "1234.50", 123_450);
        click(By.cssSelector("[data-test=language]"));
        wait.until(d -> "rtl".equals(((JavascriptExecutor) d).executeScript("return document.documentElement.dir")));
        tour("ar", 12, "45", "الإدارة", "٩٩٩٫٥", 99_950);
    }

    /** @param price typed as the owner would, in that language's digits; {@code priceMinor} what it means */
    private void tour(String language, int hours, String percent, String officeLabel, String price, long priceMinor)
            throws IOException {
        String tenant = demoTenant();
        String ownerToken = Tenants.signIn(api(), tenant, DemoClinic.OWNER_EMAIL, DemoClinic.PASSWORD);
        WebElement nav = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-test=nav-office]")));
        assertThat(nav.getText()).isEqualTo(officeLabel);
        clickElement(nav);

        // Add a member of staff through the form, who then signs in elsewhere.
        String email = "leaver-" + language + "-" + UUID.randomUUID() + "@demo.regimen.example";
        setValue(By.name("staff-name"), "Leaver " + language);
        setValue(By.name("staff-email"), email);
        setValue(By.name("staff-password"), Tenants.PASSWORD);
        new Select(browser.findElement(By.name("staff-role"))).selectByValue("FRONT_DESK");
        click(By.cssSelector("[data-test=staff-add]"));
        By row = By.cssSelector("[data-test=staff-row][data-email='" + email + "']");
        wait.until(ExpectedConditions.presenceOfElementLocated(row));
        String leaverSession = Tenants.signIn(api(), tenant, email, Tenants.PASSWORD);
        assertThat(api().get("/users/me", leaverSession).status()).isEqualTo(200);

        // Deactivate them: the row says so and their session is refused at once.
        ((JavascriptExecutor) browser).executeScript("window.confirm = () => true");
        clickElement(browser.findElement(row).findElement(By.cssSelector("[data-test=staff-deactivate]")));
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-test=staff-row][data-email='" + email + "'][data-active=false]")));
        screenshot("office-staff-" + language);
        assertThat(api().get("/users/me", leaverSession).status()).isEqualTo(401);

        // Settings: a treatment's price, and a new practitioner on the current location's schedule.
        click(By.cssSelector("[data-test=office-tab-settings]"));
        By prpRow = By.cssSelector("[data-test=treatment-row][data-treatment=prp]");
        wait.until(ExpectedConditions.presenceOfElementLocated(prpRow));
        setValue(By.name("price-prp-session"), price);
        WebElement before = browser.findElement(By.name("price-prp-session"));
        clickElement(browser.findElement(prpRow).findElement(By.cssSelector("[data-test=treatment-save]")));
        wait.until(ExpectedConditions.stalenessOf(before));
        assertThat(api().get("/treatments/prp/settings", ownerToken).json().get("prices").path("session").asLong())
                .isEqualTo(priceMinor);
        String practitioner = "Dr. Tour " + language + " " + UUID.randomUUID().toString().substring(0, 8);
        setValue(By.name("practitioner-name"), practitioner);
        new Select(browser.findElement(By.name("practitioner-credential"))).selectByValue("NURSE");
        click(By.cssSelector("[data-test=practitioner-add]"));
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-test=practitioner][data-name='" + practitioner + "']")));
        assertThat(api().get("/practitioners?limit=500", ownerToken).body()).contains(practitioner);
        screenshot("office-settings-" + language);

        // The cancellation policy.
        click(By.cssSelector("[data-test=office-tab-policy]"));
        setValue(By.name("free-hours"), String.valueOf(hours));
        new Select(wait.until(ExpectedConditions.presenceOfElementLocated(By.name("lateCancelFee"))))
                .selectByValue("PERCENT_OF_PRICE");
        setValue(By.name("lateCancelFee-percent"), percent);
        new Select(browser.findElement(By.name("noShowFee"))).selectByValue("DEPOSIT");
        click(By.cssSelector("[data-test=policy-save]"));
        wait.until(d -> {
            Reply policy = api().get("/settings/cancellation-policy", ownerToken);
            return policy.json().get("freeCancellationHours").asInt() == hours
                    && policy.json().get("lateCancelFeePercent").asText().equals(percent);
        });
        assertThat(api().get("/settings/cancellation-policy", ownerToken).text("lateCancelFee"))
                .isEqualTo("PERCENT_OF_PRICE");
        screenshot("office-policy-" + language);

        // The audit log, filtered to the owner, shows the deactivation.
        click(By.cssSelector("[data-test=office-tab-audit]"));
        String ownerId = api().get("/users/me", ownerToken).text("id");
        new Select(wait.until(ExpectedConditions.presenceOfElementLocated(By.name("audit-actor"))))
                .selectByValue(ownerId);
        click(By.cssSelector("[data-test=audit-filter]"));
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-test=audit-row][data-action='staff_user.deactivated']")));
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-test=audit-row][data-action='cancellation_policy.updated']")));
        screenshot("office-audit-" + language);

        // Each report: its chart is drawn by Chart.js (served from /vendor/ by the build) and its figures listed.
        click(By.cssSelector("[data-test=office-tab-reports]"));
        for (String report : new String[]{"revenue", "attendance", "patients", "utilisation", "stock"}) {
            new Select(wait.until(ExpectedConditions.presenceOfElementLocated(By.name("report"))))
                    .selectByValue(report);
            wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("[data-test=report-chart][data-report=" + report + "][data-drawn=true]")));
            screenshot("office-report-" + report + "-" + language);
        }
        assertThat(browser.findElements(By.cssSelector("[data-test=report-table][data-report=stock] "
                + "[data-test=report-row]"))).as("the demo clinic's stock is listed").isNotEmpty();
        click(By.cssSelector("[data-test=office-tab-staff]"));
        assertThat(api().get("/users/me", leaverSession).status()).isEqualTo(401);
        assertThat(DB.count("SELECT COUNT(*) FROM staff_users WHERE tenant_id = ? AND email = ? AND NOT active",
                tenant, email)).isEqualTo(1);
        assertThat(api().delete("/sessions/current", ownerToken).status()).isEqualTo(204);
    }

    private static void signIn(String email) {
        browser.manage().deleteAllCookies();
        browser.get(base() + "/?tenant=" + demoTenant());
        ((JavascriptExecutor) browser).executeScript("localStorage.clear()");
        browser.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("email"))).sendKeys(email);
        browser.findElement(By.name("password")).sendKeys(DemoClinic.PASSWORD);
        click(By.cssSelector("[data-test=sign-in]"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=nav-office]")));
    }

    private static void click(By by) {
        clickElement(wait.until(ExpectedConditions.elementToBeClickable(by)));
    }

    private static void clickElement(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        try {
            element.click();
        } catch (ElementClickInterceptedException covered) {
            ((JavascriptExecutor) browser).executeScript("arguments[0].click()", element);
        }
    }

    private static void setValue(By by, String value) {
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(by));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", input, value);
    }

    private static void screenshot(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
