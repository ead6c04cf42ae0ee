package com.regimen.web.ui;

import com.regimen.web.testing.DeskBrowser;
import com.regimen.core.testing.TestDatabase;
import com.regimen.core.testing.TestDatabases;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.demo.DemoClinic;
import com.regimen.web.testing.TestApps;
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

    private static int smsOptOuts() {
        return DB.jdbi().withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM message_opt_outs "
                + "WHERE tenant_id = :tenant AND channel = 'SMS'").bind("tenant", demoTenant()).mapTo(Integer.class)
                .one());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void theDeskSeesTheVisitsMessagesAndOptsThePatientOutOfSms(String language) throws Exception {
        desk.signIn(demoTenant(), DemoClinic.DESK_EMAIL, language);

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
        // The demo's bookings wrote their confirmations; this server sends nothing (no poller in tests).
        WebElement confirmation = desk.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                "[data-test=message][data-event=CONFIRMATION][data-channel=EMAIL]")));
        assertThat(confirmation.getAttribute("data-status")).isEqualTo("PENDING");
        assertThat(confirmation.getText()).contains(language.equals("ar") ? "تأكيد" : "Confirmation")
                .contains(language.equals("ar") ? "بالانتظار" : "Waiting");
        assertThat(desk.driver.findElement(By.cssSelector("[data-test=messages]")).getText())
                .contains(language.equals("ar") ? "الرسائل إلى المريض" : "Messages to the patient");

        WebElement sms = desk.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-test=opt-out-SMS]")));
        boolean wasOptedOut = sms.isSelected();
        int before = smsOptOuts();
        desk.clickElement(sms);
        desk.wait.until(d -> smsOptOuts() == before + (wasOptedOut ? -1 : 1));
        desk.screenshot("messages-" + language);
        desk.click(By.cssSelector("[data-test=close-dialog]"));
        desk.click(By.cssSelector("[data-test=sign-out]"));
        desk.wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("password")));
    }
}
