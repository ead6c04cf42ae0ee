package com.regimen.web.ui;

import com.regimen.web.testing.DeskConsents;
import com.regimen.web.testing.DeskBrowser;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
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
    private static DeskBrowser desk;

    @BeforeAll
    static void startBrowser() throws IOException {
        desk = new DeskBrowser(base(), "1280,900");
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
        desk.signIn(demoTenant(), DemoClinic.DESK_EMAIL, language);

        // Tomorrow's first booked appointment at the Riyadh branch: check in, take the balance in cash.
        desk.click(By.cssSelector("[data-test=next-day]"));
        desk.wait.until(d -> {
            WebElement block = d.findElements(By.cssSelector("[data-test=appointment].status-BOOKED")).stream()
                    .findFirst().orElse(null);
            if (block == null) {
                return false;
            }
            desk.clickElement(block);
            return true;
        });
        DeskConsents.signIfAsked(desk.driver, desk.wait, "Noura Al-Qahtani");
        desk.click(By.cssSelector("[data-test=action-checkIn]"));
        desk.wait.until(d -> d.findElements(By.cssSelector("[data-test=status][data-status=CHECKED_IN]")).size() == 1);
        desk.click(By.cssSelector("[data-test=pay-cash]"));
        WebElement row = desk.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-test=tax-document-row]")));
        assertThat(row.getText()).contains("INV-");

        desk.click(By.cssSelector("[data-test=print-invoice]"));
        WebElement invoice = desk.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-test=tax-document]")));
        assertThat(invoice.getText()).contains(language.equals("ar") ? "فاتورة ضريبية مبسطة" : "Simplified Tax Invoice")
                .contains("310122393500003").contains(language.equals("ar") ? "عيادات لومن" : "Lumen Clinics");
        assertThat(invoice.getAttribute("dir")).isEqualTo(language.equals("ar") ? "rtl" : "ltr");
        WebElement qr = invoice.findElement(By.cssSelector("img.qr"));
        assertThat((Boolean) ((JavascriptExecutor) desk.driver).executeScript(
                "return arguments[0].complete && arguments[0].naturalWidth > 0", qr)).as("the QR code shows").isTrue();
        desk.screenshot("invoice-" + language);
        desk.click(By.cssSelector("[data-test=close-dialog]"));

        // Today's close: what the drawer should hold, what was counted, the variance. The English run
        // leaves the day open (the Arabic run takes cash on it after), the Arabic run closes it.
        desk.click(By.cssSelector("[data-test=prev-day]"));
        desk.click(By.cssSelector("[data-test=nav-day-close]"));
        WebElement expected = desk.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-test=expected-cash]")));
        long expectedCash = Long.parseLong(expected.getAttribute("data-amount"));
        assertThat(expectedCash).as("the cash just taken").isPositive();
        WebElement counted = desk.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-test=counted-cash]")));
        desk.screenshot("day-open-" + language);
        if (language.equals("ar")) {
            counted.sendKeys(String.valueOf(expectedCash / 100 - 5));
            desk.click(By.cssSelector("[data-test=close-day]"));
            WebElement variance = desk.wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("[data-test=variance]")));
            assertThat(variance.getAttribute("data-amount")).isEqualTo(String.valueOf((expectedCash / 100 - 5) * 100
                    - expectedCash));
            desk.screenshot("day-close-" + language);
        } else {
            assertThat(desk.driver.findElements(By.cssSelector("[data-test=variance]"))).as("still open").isEmpty();
        }
        // The session cookie lives under /v1, out of reach of deleteAllCookies on this page: sign out.
        desk.click(By.cssSelector("[data-test=sign-out]"));
        desk.wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("password")));
    }
}
