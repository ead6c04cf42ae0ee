package com.regimen.web.ui;

import com.regimen.web.testing.DeskConsents;
import com.regimen.web.testing.HeadlessChromium;
import com.regimen.core.testing.TestDatabase;
import com.regimen.core.testing.TestDatabases;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.demo.DemoClinic;
import com.regimen.web.testing.Api;
import com.regimen.web.testing.TestApps;
import com.regimen.web.testing.Tenants;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In headless Chromium, in English and in Arabic: the front desk takes cash for a demo appointment,
 * prints its tax invoice from the appointment panel, and closes the day with the cash counted.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class InvoiceUiIT {
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

    private static String demoTenant() {
        return DB.jdbi().withHandle(handle -> handle.createQuery("SELECT tenant_id FROM tenants WHERE name = :name")
                .bind("name", DemoClinic.TENANT_NAME).mapTo(String.class).one());
    }

    /** The demo's Riyadh branch registers for VAT, as its owner would through the API. */
    private static void registerRiyadhForVat() {
        Api api = TestApps.api(APP);
        String owner = Tenants.signIn(api, demoTenant(), DemoClinic.OWNER_EMAIL, DemoClinic.PASSWORD);
        String riyadh = DB.jdbi().withHandle(handle -> handle.createQuery("SELECT id FROM locations "
                + "WHERE tenant_id = :tenant AND timezone = 'Asia/Riyadh'").bind("tenant", demoTenant())
                .mapTo(String.class).one());
        assertThat(api.put("/locations/" + riyadh + "/tax-settings", owner, Map.of("sellerNameAr", "عيادات لومن",
                "sellerNameEn", "Lumen Clinics", "vatNumber", "310122393500003")).status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void theFrontDeskPrintsTheInvoiceAndClosesTheDay(String language) throws Exception {
        registerRiyadhForVat();
        browser.manage().deleteAllCookies();
        browser.get(base() + "/?tenant=" + demoTenant());
        ((JavascriptExecutor) browser).executeScript("localStorage.clear()");
        browser.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("email")));
        if (!language.equals(browser.findElement(By.tagName("html")).getAttribute("lang"))) {
            click(By.cssSelector("[data-test=language]"));
            // The sign-in form is drawn again in the other language (its language button names the first).
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-test=language][lang="
                    + (language.equals("ar") ? "en" : "ar") + "]")));
        }
        wait.until(ExpectedConditions.elementToBeClickable(By.name("email"))).sendKeys(DemoClinic.DESK_EMAIL);
        browser.findElement(By.name("password")).sendKeys(DemoClinic.PASSWORD);
        click(By.cssSelector("[data-test=sign-in]"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=new-booking]")));

        // Tomorrow's first booked appointment at the Riyadh branch: check in, take the balance in cash.
        click(By.cssSelector("[data-test=next-day]"));
        wait.until(d -> {
            WebElement block = d.findElements(By.cssSelector("[data-test=appointment].status-BOOKED")).stream()
                    .findFirst().orElse(null);
            if (block == null) {
                return false;
            }
            clickElement(block);
            return true;
        });
        DeskConsents.signIfAsked(browser, wait, "Noura Al-Qahtani");
        click(By.cssSelector("[data-test=action-checkIn]"));
        wait.until(d -> d.findElements(By.cssSelector("[data-test=status][data-status=CHECKED_IN]")).size() == 1);
        click(By.cssSelector("[data-test=pay-cash]"));
        WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-test=tax-document-row]")));
        assertThat(row.getText()).contains("INV-");

        click(By.cssSelector("[data-test=print-invoice]"));
        WebElement invoice = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-test=tax-document]")));
        assertThat(invoice.getText()).contains(language.equals("ar") ? "فاتورة ضريبية مبسطة" : "Simplified Tax Invoice")
                .contains("310122393500003").contains(language.equals("ar") ? "عيادات لومن" : "Lumen Clinics");
        assertThat(invoice.getAttribute("dir")).isEqualTo(language.equals("ar") ? "rtl" : "ltr");
        WebElement qr = invoice.findElement(By.cssSelector("img.qr"));
        assertThat((Boolean) ((JavascriptExecutor) browser).executeScript(
                "return arguments[0].complete && arguments[0].naturalWidth > 0", qr)).as("the QR code shows").isTrue();
        screenshot("invoice-" + language);
        click(By.cssSelector("[data-test=close-dialog]"));

        // Today's close: what the drawer should hold, what was counted, the variance. The English run
        // leaves the day open (the Arabic run takes cash on it after), the Arabic run closes it.
        click(By.cssSelector("[data-test=prev-day]"));
        click(By.cssSelector("[data-test=nav-day-close]"));
        WebElement expected = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-test=expected-cash]")));
        long expectedCash = Long.parseLong(expected.getAttribute("data-amount"));
        assertThat(expectedCash).as("the cash just taken").isPositive();
        WebElement counted = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-test=counted-cash]")));
        screenshot("day-open-" + language);
        if (language.equals("ar")) {
            counted.sendKeys(String.valueOf(expectedCash / 100 - 5));
            click(By.cssSelector("[data-test=close-day]"));
            WebElement variance = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("[data-test=variance]")));
            assertThat(variance.getAttribute("data-amount")).isEqualTo(String.valueOf((expectedCash / 100 - 5) * 100
                    - expectedCash));
            screenshot("day-close-" + language);
        } else {
            assertThat(browser.findElements(By.cssSelector("[data-test=variance]"))).as("still open").isEmpty();
        }
        // The session cookie lives under /v1, out of reach of deleteAllCookies on this page: sign out.
        click(By.cssSelector("[data-test=sign-out]"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("password")));
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

    private static void screenshot(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
