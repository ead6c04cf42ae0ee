package com.regimen.web.ui;

import com.regimen.core.testing.TestDatabase;
import com.regimen.core.testing.TestDatabases;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.demo.DemoClinic;
import com.regimen.web.testing.Api;
import com.regimen.web.testing.FakeStripe;
import com.regimen.web.testing.DeskBrowser;
import com.regimen.web.testing.Reply;
import com.regimen.web.testing.StripeConnections;
import com.regimen.web.testing.Tenants;
import com.regimen.web.testing.TestApps;
import com.regimen.web.testing.TestRegimenApplication;
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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The front desk charges on a card reader, in English and Arabic, against the fake Stripe: the desk
 * picks the reader, the patient taps, the desk sees the reader's state until it is paid, with the
 * card's brand, last four digits and how it was read.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class TerminalUiIT {
    private static final String WEBHOOK_SECRET = "whsec_terminal_ui";
    private static final TestDatabase DB = TestDatabases.create();
    private static final FakeStripe STRIPE = new FakeStripe();
    private static final DropwizardAppExtension<RegimenConfiguration> APP = TestApps.app(DB,
            ConfigOverride.config("demoData", "true"),
            ConfigOverride.config("stripe.secretKey", "sk_test_fake"),
            ConfigOverride.config("stripe.webhookSecret", WEBHOOK_SECRET),
            ConfigOverride.config("stripe.apiBase", STRIPE.baseUrl()));
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
        assertThat(STRIPE.terminal().problems()).as("every request as Stripe wants it").isEmpty();
        STRIPE.close();
    }

    private static String base() {
        return "http://127.0.0.1:" + APP.getLocalPort();
    }

    private static String demoTenant() {
        return DeskBrowser.demoTenant(DB);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void theDeskChargesTheDepositOnAReader(String language) throws Exception {
        Api api = TestApps.api(APP);
        String tenant = demoTenant();
        String owner = Tenants.signIn(api, tenant, DemoClinic.OWNER_EMAIL, DemoClinic.PASSWORD);
        String account = StripeConnections.connect(api, STRIPE, WEBHOOK_SECRET, owner, "acct_1DemoReaders");
        String appointment = DB.jdbi().withHandle(handle -> handle.createQuery("SELECT a.id FROM appointments a "
                        + "JOIN locations l ON l.tenant_id = a.tenant_id AND l.id = a.location_id WHERE a.tenant_id = :t "
                        + "AND a.status = 'BOOKED' AND l.currency = 'SAR' AND a.deposit > 0 AND NOT EXISTS (SELECT 1 "
                        + "FROM payments p WHERE p.tenant_id = a.tenant_id AND p.appointment_id = a.id) "
                        + "ORDER BY a.starts_at DESC LIMIT 1")
                .bind("t", tenant).mapTo(String.class).one());
        String location = api.get("/appointments/" + appointment, owner).text("locationId");
        assertThat(api.put("/terminal/locations/" + location, owner, Map.of("line1", "Olaya Street 7",
                "city", "Riyadh", "country", "SA")).status()).isEqualTo(200);
        if (api.get("/terminal/readers?locationId=" + location, owner).json().get("data").isEmpty()) {
            Reply reader = api.post("/terminal/readers", owner, Map.of("locationId", location,
                    "registrationCode", "simulated-wpe", "label", "Front desk 1"));
            assertThat(reader.status()).as(reader.toString()).isEqualTo(201);
        }
        long deposit = DB.count("SELECT deposit FROM appointments WHERE tenant_id = ? AND id = ?", tenant, appointment);

        desk.signIn(demoTenant(), DemoClinic.DESK_EMAIL, language);
        Object opened = ((JavascriptExecutor) desk.driver).executeAsyncScript("const id = arguments[0];"
                + "const done = arguments[arguments.length - 1];"
                + "import('/appointment.js').then((m) => m.openAppointment(id, () => {}))"
                + ".then(() => done('opened'), (e) => done(String(e)));", appointment);
        assertThat(opened).isEqualTo("opened");
        desk.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=pay-reader]")));
        assertThat(new Select(desk.driver.findElement(By.cssSelector("[data-test=reader-select]"))).getFirstSelectedOption()
                .getText()).startsWith("Front desk 1");
        new Select(desk.driver.findElement(By.cssSelector("[data-test=payment-kind]"))).selectByValue("DEPOSIT");
        desk.click(By.cssSelector("[data-test=pay-reader]"));
        // The panel polls the reader every second and draws its state again: read the text in the wait,
        // which looks again when the element it found was just replaced.
        String waiting = desk.wait.until(d -> d.findElement(By.cssSelector(
                "[data-test=reader-state][data-state=WAITING_FOR_CARD]")).getText());
        assertThat(waiting).contains(language.equals("ar") ? "بانتظار البطاقة" : "Waiting for the card");
        assertThat(desk.driver.findElement(By.cssSelector("[data-test=reader-cancel]")).isDisplayed()).isTrue();
        desk.screenshot("reader-waiting-" + language);

        // The patient taps a card on the reader; Stripe tells us by webhook.
        String intent = DB.jdbi().withHandle(handle -> handle.createQuery("SELECT stripe_payment_intent_id FROM "
                + "terminal_charges WHERE tenant_id = :t AND state = 'WAITING_FOR_CARD'").bind("t", tenant)
                .mapTo(String.class).one());
        STRIPE.terminal().presentCard(intent, "4000056655665556");
        StripeConnections.event(api, WEBHOOK_SECRET, "terminal.reader.action_succeeded", account,
                "evt_" + UUID.randomUUID().toString().replace("-", ""),
                TestRegimenApplication.CLOCK.instant().getEpochSecond(),
                STRIPE.terminal().reader(STRIPE.terminal().readerOf(intent)));
        String shown = desk.wait.until(d -> d.findElement(By.cssSelector("[data-test=reader-state][data-state=SUCCEEDED]"))
                .getText());
        assertThat(shown).contains("•••• 5556").contains(language.equals("ar") ? "تم الدفع" : "Paid")
                .contains(language.equals("ar") ? "لمس" : "tap");
        desk.wait.until(d -> d.findElements(By.cssSelector("[data-test=payment-row]")).size() == 1);
        assertThat(DB.count("SELECT COUNT(*) FROM payments WHERE tenant_id = ? AND appointment_id = ? AND method = 'CARD' "
                + "AND status = 'SUCCEEDED' AND amount = ?", tenant, appointment, deposit)).isEqualTo(1);
        desk.screenshot("reader-paid-" + language);

        // The printed receipt is card-present: it names the card and how it was read.
        desk.click(By.cssSelector("[data-test=receipt]"));
        desk.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=receipt-card]")));
        assertThat(desk.driver.findElements(By.cssSelector("[data-test=receipt-card]"))).hasSize(1);
        assertThat(desk.driver.findElement(By.cssSelector("[data-test=receipt-card]")).getText())
                .contains("Visa", "•••• 5556", language.equals("ar") ? "لمس" : "tap");
        desk.screenshot("receipt-card-" + language);
        desk.click(By.cssSelector("[data-test=close-dialog]"));
        desk.click(By.cssSelector("[data-test=sign-out]"));
        desk.wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("password")));
    }

}
