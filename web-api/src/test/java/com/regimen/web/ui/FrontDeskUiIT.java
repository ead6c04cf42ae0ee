package com.regimen.web.ui;

import com.regimen.web.testing.DeskConsents;
import com.regimen.web.testing.DeskBrowser;
import com.regimen.web.testing.StripeConnections;
import com.regimen.core.testing.TestDatabase;
import com.regimen.core.testing.TestDatabases;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.demo.DemoClinic;
import com.regimen.web.testing.FakeStripe;
import com.regimen.web.testing.TestApps;
import com.regimen.web.testing.Tenants;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The front desk's day in real headless Chromium (Debian's, driven by its chromedriver), in English
 * and in Arabic, against the server with its demo clinic chain: sign in, see the day, book a new
 * patient whose intake raises a screening finding, check in, take cash, complete, read the receipt,
 * check and receive stock, sign out. Screenshots land in target/screenshots.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class FrontDeskUiIT {
    private static final TestDatabase DB = TestDatabases.create();
    /** Card payments on the saved card go to a local fake Stripe (split tender in the checkout test). */
    private static final FakeStripe STRIPE = new FakeStripe();
    private static final DropwizardAppExtension<RegimenConfiguration> APP = TestApps.app(DB,
            ConfigOverride.config("demoData", "true"),
            ConfigOverride.config("stripe.secretKey", "sk_test_fake"),
            ConfigOverride.config("stripe.apiBase", STRIPE.baseUrl()),
            ConfigOverride.config("stripe.webhookSecret", "whsec_front_desk"));
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
        STRIPE.close();
    }

    private static String base() {
        return "http://127.0.0.1:" + APP.getLocalPort();
    }

    private static String demoTenant() {
        return DeskBrowser.demoTenant(DB);
    }

    @Test
    void theDemoClinicChainIsMadeOnceAndHoldsAWeek() {
        assertThat(DB.count("SELECT COUNT(*) FROM tenants WHERE name = ?", DemoClinic.TENANT_NAME)).isEqualTo(1);
        String tenant = demoTenant();
        assertThat(DB.count("SELECT COUNT(*) FROM locations WHERE tenant_id = ?", tenant)).isEqualTo(2);
        assertThat(DB.count("SELECT COUNT(*) FROM appointments WHERE tenant_id = ?", tenant)).isGreaterThan(10);
        assertThat(DB.count("SELECT COUNT(*) FROM stock_lots WHERE tenant_id = ? AND expires_on < ?", tenant,
                LocalDate.now().plusDays(30))).as("lots near expiry").isGreaterThanOrEqualTo(2);
        assertThat(new DemoClinic(DB.jdbi(), APP.getObjectMapper(), java.time.Clock.systemUTC())
                .ensure(APP.getLocalPort())).isEqualTo(tenant);
        assertThat(DB.count("SELECT COUNT(*) FROM tenants WHERE name = ?", DemoClinic.TENANT_NAME))
                .as("a restart finds it").isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void aFrontDeskDay(String language) throws Exception {
        desk.driver.manage().deleteAllCookies();
        desk.driver.get(base() + "/?tenant=" + demoTenant());
        ((JavascriptExecutor) desk.driver).executeScript("localStorage.clear()");
        desk.driver.navigate().refresh();
        WebElement email = desk.wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("email")));
        if (!language.equals(desk.driver.findElement(By.tagName("html")).getAttribute("lang"))) {
            desk.click(By.cssSelector("[data-test=language]"));
            email = desk.wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("email")));
        }
        assertThat(desk.driver.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo(language.equals("ar")
                ? "rtl" : "ltr");
        typeCredentials();
        desk.screenshot("sign-in-" + language);
        desk.click(By.cssSelector("[data-test=sign-in]"));
        desk.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=new-booking]")));
        assertThat((String) ((JavascriptExecutor) desk.driver).executeScript("return document.cookie"))
                .as("the session cookie is out of scripts' reach").doesNotContain("regimen_session");

        // The demo week: tomorrow has appointments, as blocks in the grid.
        desk.click(By.cssSelector("[data-test=next-day]"));
        desk.wait.until(d -> !d.findElements(By.cssSelector("[data-test=appointment]")).isEmpty());
        desk.screenshot("day-" + language);
        desk.click(By.cssSelector("[data-test=by-practitioner]"));
        desk.wait.until(d -> !d.findElements(By.cssSelector("[data-test=appointment]")).isEmpty());

        // A new patient, an intake that raises a finding, the screening shown before any slot.
        String patient = (language.equals("ar") ? "مريضة تجربة " : "Test Patient ") + System.nanoTime() % 100000;
        desk.click(By.cssSelector("[data-test=new-booking]"));
        desk.click(By.cssSelector("[data-test=new-patient]"));
        desk.driver.findElement(By.cssSelector("[data-test=new-patient-name]")).sendKeys(patient);
        new Select(desk.driver.findElement(By.cssSelector("[data-test=new-patient-locale]"))).selectByValue(language);
        desk.click(By.cssSelector("[data-test=create-patient]"));
        desk.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=save-intake]")));
        for (WebElement no : desk.driver.findElements(By.cssSelector("[data-test=answer-no]"))) {
            desk.clickElement(no);
        }
        desk.clickElement(desk.driver.findElement(By.cssSelector("[data-test=answer-yes][data-code=PRP_DEEP_WRINKLES_OR_LAXITY]")));
        desk.screenshot("intake-" + language);
        desk.click(By.cssSelector("[data-test=save-intake]"));
        desk.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-test=chosen-patient]"),
                patient));
        new Select(desk.driver.findElement(By.cssSelector("[data-test=treatment]"))).selectByValue("prp");
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Riyadh")).plusDays(language.equals("ar") ? 4 : 3);
        desk.setValue(By.cssSelector("[data-test=booking-date]"), day.toString());
        desk.click(By.cssSelector("[data-test=find-slots]"));
        WebElement finding = desk.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-test=finding][data-code=PRP_NOT_FOR_DEEP_WRINKLES]")));
        assertThat(finding.getText()).contains(language.equals("ar") ? "التجاعيد" : "deep wrinkles");
        assertThat(desk.driver.findElement(By.cssSelector("[data-test=screening-outcome]")).getAttribute("data-outcome"))
                .isEqualTo("CLEAR");
        desk.wait.until(d -> !d.findElements(By.cssSelector("[data-test=slot]")).isEmpty());
        desk.screenshot("booking-" + language);
        desk.click(By.cssSelector("[data-test=slot]"));
        desk.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[data-test=find-slots]")));

        // The new appointment on its day: check in, take the balance in cash, complete.
        // The day grid re-renders when the booking lands: find and click in one step, again if it did.
        desk.wait.until(d -> {
            WebElement block = d.findElements(By.cssSelector("[data-test=appointment]")).stream()
                    .filter(e -> e.getText().contains(patient)).findFirst().orElse(null);
            if (block == null) {
                return false;
            }
            desk.clickElement(block);
            return true;
        });
        desk.waitForStatus("BOOKED");
        DeskConsents.signIfAsked(desk.driver, desk.wait, patient);
        desk.click(By.cssSelector("[data-test=action-checkIn]"));
        desk.waitForStatus("CHECKED_IN");
        assertThat(new Select(desk.driver.findElement(By.cssSelector("[data-test=payment-kind]")))
                .getFirstSelectedOption().getAttribute("value")).isEqualTo("BALANCE");
        desk.click(By.cssSelector("[data-test=pay-cash]"));
        desk.wait.until(d -> d.findElements(By.cssSelector("[data-test=payment-row]")).size() == 1);
        assertThat(desk.driver.findElement(By.cssSelector("[data-test=ledger] dd:nth-of-type(5)"))
                .getAttribute("data-amount")).as("nothing outstanding").isEqualTo("0");
        desk.click(By.cssSelector("[data-test=action-complete]"));
        desk.waitForStatus("COMPLETED");
        desk.screenshot("appointment-" + language);
        desk.click(By.cssSelector("[data-test=receipt]"));
        WebElement receipt = desk.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-test=receipt-body]")));
        assertThat(receipt.getText()).as("the lots used").contains("prp-kit").contains(patient);
        desk.click(By.cssSelector("[data-test=close-dialog]"));

        // Inventory: the lot near expiry is flagged; a delivery is received.
        desk.click(By.cssSelector("[data-test=nav-inventory]"));
        desk.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=stock]")));
        assertThat(desk.driver.findElements(By.cssSelector("[data-test=expiring] li[data-lot*=EXOS]"))).isNotEmpty();
        String lot = "UI-" + language.toUpperCase() + "-" + System.nanoTime() % 100000;
        new Select(desk.driver.findElement(By.cssSelector("[data-test=receive-sku]"))).selectByValue("needle-30g");
        desk.driver.findElement(By.cssSelector("[data-test=receive-lot]")).sendKeys(lot);
        desk.setValue(By.cssSelector("[data-test=receive-expires]"), LocalDate.now().plusYears(1).toString());
        desk.driver.findElement(By.cssSelector("[data-test=receive-quantity]")).sendKeys("25");
        desk.click(By.cssSelector("[data-test=receive]"));
        desk.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-test=lot][data-lot='" + lot
                + "']")));
        desk.screenshot("inventory-" + language);
        assertThat(DB.count("SELECT COUNT(*) FROM stock_lots WHERE tenant_id = ? AND lot_number = ? AND on_hand = 25",
                demoTenant(), lot)).isEqualTo(1);

        desk.click(By.cssSelector("[data-test=sign-out]"));
        desk.wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("password")));
    }

    /**
     * Checkout in the appointment panel: what is due by kind; part of the balance in cash typed in
     * Arabic-Indic digits with the amount tendered and the change shown; then the rest on the saved
     * card (split tender). The amount parser reads Western, Arabic-Indic and Eastern Arabic digits.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void checkoutTakesPartInCashWithChangeAndTheRestByCard(String language) throws Exception {
        String tenant = demoTenant();
        String owner = Tenants.signIn(TestApps.api(APP), tenant, DemoClinic.OWNER_EMAIL, DemoClinic.PASSWORD);
        StripeConnections.connect(TestApps.api(APP), STRIPE, "whsec_front_desk", owner, "acct_1DemoFrontDesk");
        String appointment = DB.jdbi().withHandle(handle -> handle.createQuery("SELECT a.id FROM appointments a "
                        + "JOIN locations l ON l.tenant_id = a.tenant_id AND l.id = a.location_id WHERE a.tenant_id = :t "
                        + "AND a.status = 'BOOKED' AND l.currency = 'SAR' AND NOT EXISTS (SELECT 1 FROM payments p "
                        + "WHERE p.tenant_id = a.tenant_id AND p.appointment_id = a.id) ORDER BY a.starts_at DESC LIMIT 1")
                .bind("t", tenant).mapTo(String.class).one());
        String patient = DB.jdbi().withHandle(handle -> handle.createQuery("SELECT patient_id FROM appointments "
                + "WHERE tenant_id = :t AND id = :id").bind("t", tenant).bind("id", appointment).mapTo(String.class).one());
        // The patient saved a card earlier (Stripe's setup_intent.succeeded, as PaymentsIT drives it).
        DB.jdbi().useHandle(handle -> handle.createUpdate("INSERT INTO patient_cards (tenant_id, patient_id, "
                + "customer_key, stripe_customer_id, payment_method_id, updated_at) VALUES (:t, :p, :k, 'cus_testDemo', "
                + "'pm_card_visa', NOW(6)) ON DUPLICATE KEY UPDATE stripe_customer_id = 'cus_testDemo', "
                + "payment_method_id = 'pm_card_visa'").bind("t", tenant).bind("p", patient)
                .bind("k", java.util.UUID.randomUUID().toString()).execute());
        long price = DB.count("SELECT price FROM appointments WHERE tenant_id = ? AND id = ?", tenant, appointment);

        desk.signIn(demoTenant(), DemoClinic.DESK_EMAIL, language);
        Object parsed = ((JavascriptExecutor) desk.driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                + "import('/i18n.js').then((m) => done([m.parseAmount('١٥٠٫٥٠'), m.parseAmount('۱۵۰'),"
                + "m.parseAmount('1,500'), m.parseAmount('12a')].map(String).join(' ')));");
        assertThat(parsed).isEqualTo("150.5 150 1500 NaN");
        // Opened as the day grid's click does (the grid itself is aFrontDeskDay's concern).
        Object opened = ((JavascriptExecutor) desk.driver).executeAsyncScript("const id = arguments[0];"
                + "const done = arguments[arguments.length - 1];"
                + "import('/appointment.js').then((m) => m.openAppointment(id, () => {}))"
                + ".then(() => done('opened'), (e) => done(String(e)));", appointment);
        assertThat(opened).isEqualTo("opened");
        desk.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=due]")));
        assertThat(desk.driver.findElement(By.cssSelector("[data-test=due] dd[data-key=total]")).getAttribute("data-amount"))
                .isEqualTo(String.valueOf(price));

        new Select(desk.driver.findElement(By.cssSelector("[data-test=payment-kind]"))).selectByValue("BALANCE");
        desk.driver.findElement(By.cssSelector("[data-test=pay-amount]")).sendKeys("٣٠٠");
        desk.driver.findElement(By.cssSelector("[data-test=pay-tendered]")).sendKeys("٥٠٠");
        desk.wait.until(d -> !d.findElement(By.cssSelector("[data-test=change]")).getText().isBlank());
        desk.click(By.cssSelector("[data-test=pay-cash]"));
        desk.wait.until(d -> d.findElements(By.cssSelector("[data-test=payment-row]")).size() == 1);
        assertThat(DB.count("SELECT COUNT(*) FROM payments WHERE tenant_id = ? AND appointment_id = ? AND method = 'CASH' "
                + "AND amount = 30000 AND tendered = 50000 AND change_given = 20000", tenant, appointment)).isEqualTo(1);
        assertThat(desk.driver.findElement(By.cssSelector("[data-test=payment-change]")).getText()).isNotBlank();
        assertThat(desk.driver.findElement(By.cssSelector("[data-test=due] dd[data-key=total]")).getAttribute("data-amount"))
                .isEqualTo(String.valueOf(price - 30_000));
        desk.screenshot("checkout-cash-" + language);

        // The rest on the saved card: amount left empty takes all that is due of the balance.
        new Select(desk.driver.findElement(By.cssSelector("[data-test=payment-kind]"))).selectByValue("BALANCE");
        desk.click(By.cssSelector("[data-test=pay-card-on-file]"));
        desk.wait.until(d -> d.findElements(By.cssSelector("[data-test=payment-row]")).size() == 2);
        desk.wait.until(d -> d.findElements(By.cssSelector("[data-test=due] dd[data-key=total][data-amount='0']")).size() == 1);
        assertThat(DB.count("SELECT COALESCE(SUM(amount), 0) FROM payments WHERE tenant_id = ? AND appointment_id = ? "
                + "AND status = 'SUCCEEDED'", tenant, appointment)).isEqualTo(price);
        assertThat(DB.count("SELECT COUNT(*) FROM payments WHERE tenant_id = ? AND appointment_id = ? AND method = 'CARD' "
                + "AND amount = ?", tenant, appointment, price - 30_000)).isEqualTo(1);
        desk.screenshot("checkout-split-" + language);
        desk.click(By.cssSelector("[data-test=close-dialog]"));
        desk.click(By.cssSelector("[data-test=sign-out]"));
        desk.wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("password")));
    }


    /** The sign-in form re-renders when the language loads: type into the one on screen, again if it changed. */
    private static void typeCredentials() {
        desk.wait.until(d -> {
            try {
                WebElement email = d.findElement(By.name("email"));
                WebElement password = d.findElement(By.name("password"));
                email.clear();
                email.sendKeys(DemoClinic.DESK_EMAIL);
                password.clear();
                password.sendKeys(DemoClinic.PASSWORD);
                return DemoClinic.DESK_EMAIL.equals(d.findElement(By.name("email")).getAttribute("value"));
            } catch (StaleElementReferenceException changed) {
                return false;
            }
        });
    }
}
