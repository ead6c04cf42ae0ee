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
 * In headless Chromium, in English and in Arabic: the appointment panel lists the messages about the
 * visit with their status, and the desk opts the patient out of SMS there, which the server records.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class MessagesUiIT {
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

    private static int smsOptOuts() {
        return DB.jdbi().withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM message_opt_outs "
                + "WHERE tenant_id = :tenant AND channel = 'SMS'").bind("tenant", demoTenant()).mapTo(Integer.class)
                .one());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void theDeskSeesTheVisitsMessagesAndOptsThePatientOutOfSms(String language) throws Exception {
        browser.manage().deleteAllCookies();
        browser.get(base() + "/?tenant=" + demoTenant());
        ((JavascriptExecutor) browser).executeScript("localStorage.clear()");
        browser.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("email")));
        if (!language.equals(browser.findElement(By.tagName("html")).getAttribute("lang"))) {
            click(By.cssSelector("[data-test=language]"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-test=language][lang="
                    + (language.equals("ar") ? "en" : "ar") + "]")));
        }
        wait.until(ExpectedConditions.elementToBeClickable(By.name("email"))).sendKeys(DemoClinic.DESK_EMAIL);
        browser.findElement(By.name("password")).sendKeys(DemoClinic.PASSWORD);
        click(By.cssSelector("[data-test=sign-in]"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=new-booking]")));

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
        // The demo's bookings wrote their confirmations; this server sends nothing (no poller in tests).
        WebElement confirmation = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                "[data-test=message][data-event=CONFIRMATION][data-channel=EMAIL]")));
        assertThat(confirmation.getAttribute("data-status")).isEqualTo("PENDING");
        assertThat(confirmation.getText()).contains(language.equals("ar") ? "تأكيد" : "Confirmation")
                .contains(language.equals("ar") ? "بالانتظار" : "Waiting");
        assertThat(browser.findElement(By.cssSelector("[data-test=messages]")).getText())
                .contains(language.equals("ar") ? "الرسائل إلى المريض" : "Messages to the patient");

        WebElement sms = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-test=opt-out-SMS]")));
        boolean wasOptedOut = sms.isSelected();
        int before = smsOptOuts();
        clickElement(sms);
        wait.until(d -> smsOptOuts() == before + (wasOptedOut ? -1 : 1));
        screenshot("messages-" + language);
        click(By.cssSelector("[data-test=close-dialog]"));
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
