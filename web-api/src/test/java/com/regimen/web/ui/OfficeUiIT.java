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
import org.openqa.selenium.Dimension;
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
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The owner's tour of the back office in real headless Chromium, in English at a desk's 1366x768 and
 * then in Arabic (right to left) at a tablet's 820x1180: add a location and a room, edit and deactivate
 * the room, switch a treatment off and on at the branch, set a treatment's price in the chain's
 * currency and in the Dubai branch's, add a practitioner and their time off (taken back, then a part
 * day), edit their licence and weekly schedule,
 * invite a member of staff (who must choose their own password at their first sign-in), deactivate
 * them (their live session dies at once), set the cancellation policy, set when patient messages go
 * and the confirmation's wording, find the deactivation in the audit log, receive stock with its unit
 * cost (typed in Arabic digits in Arabic), and read each report with its chart.
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
        browser = HeadlessChromium.start("1366,768");
        // As long as the other UI classes wait (DeskBrowser): a bound on a slow machine, not a speed test.
        wait = new WebDriverWait(browser, Duration.ofSeconds(40));
        wait.ignoring(StaleElementReferenceException.class);
        Files.createDirectories(SCREENSHOTS);
        // The server builds its OpenAPI description once, on the first ask; on a loaded machine that
        // took longer than the contract's fetch waits, so it is asked for here first, unhurried.
        try {
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base() + "/v1/openapi.json")).timeout(Duration.ofMinutes(5))
                    .GET().build(), HttpResponse.BodyHandlers.discarding());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
        tour("en", 48, "30", "Back office", "1234.50", 123_450, "12.50", 1_250);
        browser.manage().window().setSize(new Dimension(820, 1180));
        click(By.cssSelector("[data-test=language]"));
        wait.until(d -> "rtl".equals(((JavascriptExecutor) d).executeScript("return document.documentElement.dir")));
        tour("ar", 12, "45", "الإدارة", "٩٩٩٫٥", 99_950, "٧٫٢٥", 725);
    }

    /**
     * @param price typed as the owner would, in that language's digits; {@code priceMinor} what it means
     * @param unitCost a delivery's unit cost typed the same way; {@code unitCostMinor} what it means
     */
    private void tour(String language, int hours, String percent, String officeLabel, String price, long priceMinor,
                      String unitCost, long unitCostMinor) throws IOException {
        String tenant = demoTenant();
        String ownerToken = Tenants.signIn(api(), tenant, DemoClinic.OWNER_EMAIL, DemoClinic.PASSWORD);
        WebElement nav = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-test=nav-office]")));
        assertThat(nav.getText()).isEqualTo(officeLabel);
        clickElement(nav);

        // Places: a new location with its hours, closure, accreditation and VAT details; a room here.
        click(By.cssSelector("[data-test=office-tab-places]"));
        String place = "Branch " + language + " " + UUID.randomUUID().toString().substring(0, 6);
        setValue(By.name("location-name"), place);
        setValue(By.name("location-timezone"), "Asia/Riyadh");
        setValue(By.name("location-closures"), "2031-12-25 Inventory day");
        setValue(By.name("location-accreditations"), "stem-cell");
        setValue(By.name("vat-seller-ar"), "عيادة لومن");
        setValue(By.name("vat-seller-en"), "Lumen Clinic");
        setValue(By.name("vat-number"), "300000000000003");
        click(By.cssSelector("[data-test=location-save]"));
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-test=location-row][data-name='" + place + "']")));
        String placeId = null;
        for (var l : api().get("/locations?limit=500", ownerToken).json().get("data")) {
            if (l.get("name").asText().equals(place)) {
                placeId = l.get("id").asText();
                assertThat(l.get("closures").get(0).get("date").asText()).isEqualTo("2031-12-25");
                assertThat(l.get("accreditations").get(0).asText()).isEqualTo("stem-cell");
                assertThat(l.get("openingHours").has("FRI")).isFalse();
            }
        }
        assertThat(placeId).isNotNull();
        assertThat(api().get("/locations/" + placeId + "/tax-settings", ownerToken).text("vatNumber"))
                .isEqualTo("300000000000003");
        String room = "Room " + language + " " + UUID.randomUUID().toString().substring(0, 6);
        setValue(By.name("room-name"), room);
        setValue(By.name("room-equipment"), "centrifuge, laser");
        setValue(By.name("room-turnover"), language.equals("ar") ? "٢٠" : "20");
        click(By.cssSelector("[data-test=room-add]"));
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-test=room][data-name='" + room + "']")));
        assertThat(api().get("/rooms?limit=500", ownerToken).body()).contains(room).contains("laser");
        screenshot("office-places-" + language);

        // The room edited (name, turnover typed in the language's digits), then deactivated after asking.
        clickElement(wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-test=room][data-name='" + room + "']"))).findElement(By.cssSelector("[data-test=room-edit]")));
        String renamed = room + " B";
        wait.until(d -> room.equals(d.findElement(By.name("room-name")).getAttribute("value")));
        setValue(By.name("room-name"), renamed);
        setValue(By.name("room-turnover"), language.equals("ar") ? "٢٥" : "25");
        click(By.cssSelector("[data-test=room-save]"));
        By renamedRoom = By.cssSelector("[data-test=room][data-name='" + renamed + "'][data-active=true]");
        wait.until(ExpectedConditions.presenceOfElementLocated(renamedRoom));
        assertThat(DB.count("SELECT COUNT(*) FROM rooms WHERE tenant_id = ? AND name = ? AND turnover_minutes = 25 "
                + "AND equipment LIKE '%laser%'", tenant, renamed)).as("edited, its equipment kept").isEqualTo(1);
        showOnScreen(By.cssSelector("[data-test=room-list]"));
        screenshot("office-room-edit-" + language);
        clickElement(browser.findElement(renamedRoom).findElement(By.cssSelector("[data-test=room-deactivate]")));
        click(By.cssSelector("#ask [data-test=ask-confirm]"));
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-test=room][data-name='" + renamed + "'][data-active=false]")));
        assertThat(DB.count("SELECT COUNT(*) FROM rooms WHERE tenant_id = ? AND name = ? AND NOT active",
                tenant, renamed)).isEqualTo(1);

        // Which treatments this branch offers: mesotherapy switched off here refuses its bookings (the API
        // says so), and switched on again.
        By meso = By.cssSelector("[data-test=location-treatment][data-treatment=mesotherapy]");
        clickElement(wait.until(ExpectedConditions.presenceOfElementLocated(meso))
                .findElement(By.name("offered-here-mesotherapy")));
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-test=location-treatment][data-treatment=mesotherapy][data-offered=false]")));
        String here = DB.jdbi().withHandle(h -> h.createQuery("SELECT location_id FROM location_treatments_off "
                + "WHERE tenant_id = :t AND treatment_id = 'mesotherapy'").bind("t", tenant).mapTo(String.class).one());
        assertThat(api().get("/availability?locationId=" + here + "&treatmentId=mesotherapy&from="
                + java.time.LocalDate.now().plusDays(3) + "&to=" + java.time.LocalDate.now().plusDays(3), ownerToken)
                .json().get("slots")).as("no slots of a treatment the branch does not offer").isEmpty();
        showOnScreen(By.cssSelector("[data-test=location-treatments]"));
        screenshot("office-treatments-here-" + language);
        clickElement(browser.findElement(meso).findElement(By.name("offered-here-mesotherapy")));
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-test=location-treatment][data-treatment=mesotherapy][data-offered=true]")));
        assertThat(DB.count("SELECT COUNT(*) FROM location_treatments_off WHERE tenant_id = ?", tenant)).isZero();

        // Invite a member of staff: the temporary password is shown once, and at their first sign-in they
        // must choose their own before anything else.
        click(By.cssSelector("[data-test=office-tab-staff]"));
        String email = "leaver-" + language + "-" + UUID.randomUUID() + "@demo.regimen.example";
        setValue(By.name("staff-name"), "Leaver " + language);
        setValue(By.name("staff-email"), email);
        new Select(browser.findElement(By.name("staff-role"))).selectByValue("FRONT_DESK");
        click(By.cssSelector("[data-test=staff-add]"));
        String temporary = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-test=temporary-password]"))).getText();
        assertThat(temporary).hasSize(20);
        screenshot("office-invited-" + language);
        click(By.cssSelector("[data-test=close-dialog]"));
        By row = By.cssSelector("[data-test=staff-row][data-email='" + email + "']");
        wait.until(ExpectedConditions.presenceOfElementLocated(row));
        signOut();
        signInAs(email, temporary);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=password-change]")));
        screenshot("office-password-change-" + language);
        String chosen = "my own passphrase " + language;
        setValue(By.name("current-password"), temporary);
        setValue(By.name("new-password"), chosen);
        setValue(By.name("new-password-again"), chosen);
        click(By.cssSelector("[data-test=password-change-save]"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=sign-out]")));
        assertThat(browser.findElements(By.cssSelector("[data-test=nav-office]"))).as("front desk").isEmpty();
        signOut();
        signInAs(DemoClinic.OWNER_EMAIL, DemoClinic.PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=nav-office]")));
        String leaverSession = Tenants.signIn(api(), tenant, email, chosen);
        assertThat(api().get("/users/me", leaverSession).status()).isEqualTo(200);
        click(By.cssSelector("[data-test=nav-office]"));

        // Deactivate them: the row says so and their session is refused at once.
        ((JavascriptExecutor) browser).executeScript("window.confirm = () => true");
        clickElement(wait.until(ExpectedConditions.presenceOfElementLocated(row))
                .findElement(By.cssSelector("[data-test=staff-deactivate]")));
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-test=staff-row][data-email='" + email + "'][data-active=false]")));
        assertThat(api().get("/users/me", leaverSession).status()).isEqualTo(401);

        // An API key with a scope: made here (its secret shown once), listed with who made it, revoked.
        String keyName = "Kiosk " + language;
        setValue(By.name("key-name"), keyName);
        new Select(browser.findElement(By.name("key-scope"))).selectByValue("FRONT_DESK");
        click(By.cssSelector("[data-test=key-add]"));
        String secret = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-test=api-key-secret]"))).getText();
        assertThat(api().get("/clinical-settings", secret).status()).isEqualTo(200);
        assertThat(api().get("/users", secret).status()).as("the front desk's scope").isEqualTo(403);
        click(By.cssSelector("[data-test=close-dialog]"));
        By keyRow = By.cssSelector("[data-test=key-row][data-name='" + keyName + "'][data-revoked=false]");
        clickElement(wait.until(ExpectedConditions.presenceOfElementLocated(keyRow))
                .findElement(By.cssSelector("[data-test=key-revoke]")));
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-test=key-row][data-name='" + keyName + "'][data-revoked=true]")));
        assertThat(api().get("/clinical-settings", secret).status()).isEqualTo(401);
        screenshot("office-staff-" + language);

        // Settings: a treatment's price, and a new practitioner on the current location's schedule.
        click(By.cssSelector("[data-test=office-tab-settings]"));
        By prpRow = By.cssSelector("[data-test=treatment-row][data-treatment=prp]");
        wait.until(ExpectedConditions.presenceOfElementLocated(prpRow));
        setValue(By.name("price-prp-session"), price);
        setValue(By.name("price-prp-session-AED"), price);
        WebElement before = browser.findElement(By.name("price-prp-session"));
        clickElement(browser.findElement(prpRow).findElement(By.cssSelector("[data-test=treatment-save]")));
        wait.until(ExpectedConditions.stalenessOf(before));
        var prp = api().get("/treatments/prp/settings", ownerToken).json();
        assertThat(prp.get("prices").path("session").asLong()).isEqualTo(priceMinor);
        assertThat(prp.get("pricesByCurrency").path("AED").path("session").asLong()).as("the Dubai branch's price")
                .isEqualTo(priceMinor);
        String practitioner = "Dr. Tour " + language + " " + UUID.randomUUID().toString().substring(0, 8);
        setValue(By.name("practitioner-name"), practitioner);
        new Select(browser.findElement(By.name("practitioner-credential"))).selectByValue("NURSE");
        click(By.cssSelector("[data-test=practitioner-add]"));
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-test=practitioner][data-name='" + practitioner + "']")));
        assertThat(api().get("/practitioners?limit=500", ownerToken).body()).contains(practitioner);
        String practitionerId = null;
        for (var p : api().get("/practitioners?limit=500", ownerToken).json().get("data")) {
            if (p.get("name").asText().equals(practitioner)) {
                practitionerId = p.get("id").asText();
            }
        }
        selectWhenListed(By.name("time-off-practitioner"), practitionerId);
        setValue(By.cssSelector("[data-test=time-off-from]"), "2031-03-01");
        setValue(By.cssSelector("[data-test=time-off-to]"), language.equals("ar") ? "٢٠٣١/٠٣/٠٣" : "2031-03-03");
        setValue(By.name("time-off-reason"), "Conference");
        click(By.cssSelector("[data-test=time-off-add]"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "[data-test=practitioner][data-name='" + practitioner + "'] [data-test=time-off]")));
        var off = api().get("/practitioners/" + practitionerId + "/time-off", ownerToken).json().get("data");
        assertThat(off).hasSize(1);
        // Three whole days in the current location's zone (the demo's first branch is in Riyadh, UTC+3).
        assertThat(off.get(0).get("from").asText()).isIn("2031-02-28T21:00:00Z", "2031-02-28T20:00:00Z");
        assertThat(Duration.between(Instant.parse(off.get(0).get("from").asText()),
                Instant.parse(off.get(0).get("to").asText()))).isEqualTo(Duration.ofDays(3));
        screenshot("office-settings-" + language);

        // That time off taken back, and an afternoon off instead (a part day, times in the language's digits).
        By practitionerItem = By.cssSelector("[data-test=practitioner][data-name='" + practitioner + "']");
        clickElement(browser.findElement(practitionerItem).findElement(By.cssSelector("[data-test=time-off-delete]")));
        click(By.cssSelector("#ask [data-test=ask-confirm]"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(
                "[data-test=practitioner][data-name='" + practitioner + "'] [data-test=time-off]")));
        assertThat(api().get("/practitioners/" + practitionerId + "/time-off", ownerToken).json().get("data")).isEmpty();
        selectWhenListed(By.name("time-off-practitioner"), practitionerId);
        setValue(By.cssSelector("[data-test=time-off-from]"), "2031-03-05");
        setValue(By.cssSelector("[data-test=time-off-start]"), language.equals("ar") ? "١٣:٠٠" : "13:00");
        setValue(By.cssSelector("[data-test=time-off-to]"), "2031-03-05");
        setValue(By.cssSelector("[data-test=time-off-end]"), language.equals("ar") ? "١٧:٣٠" : "17:30");
        click(By.cssSelector("[data-test=time-off-add]"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "[data-test=practitioner][data-name='" + practitioner + "'] [data-test=time-off]")));
        var afternoon = api().get("/practitioners/" + practitionerId + "/time-off", ownerToken).json().get("data");
        assertThat(afternoon).hasSize(1);
        assertThat(Duration.between(Instant.parse(afternoon.get(0).get("from").asText()),
                Instant.parse(afternoon.get(0).get("to").asText()))).isEqualTo(Duration.ofMinutes(270));

        // The practitioner edited: a licence with its expiry, Saturdays off and Mondays until 13:00 here.
        clickElement(browser.findElement(practitionerItem).findElement(By.cssSelector("[data-test=practitioner-edit]")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-test=practitioner-save]")));
        setValue(By.name("practitioner-licence"), "SCFHS-" + language);
        setValue(By.name("practitioner-expires"), "2032-06-30");
        ((JavascriptExecutor) browser).executeScript("arguments[0].checked = false",
                browser.findElement(By.name("practitioner-day-SAT")));
        setValue(By.name("practitioner-to-MON"), "13:00");
        showOnScreen(By.cssSelector("[data-test=practitioner-form]"));
        screenshot("office-practitioner-edit-" + language);
        click(By.cssSelector("[data-test=practitioner-save]"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-test=practitioner-add]")));
        var edited = api().get("/practitioners/" + practitionerId, ownerToken).json();
        assertThat(edited.get("credentials").get(0).get("licenceNumber").asText()).isEqualTo("SCFHS-" + language);
        assertThat(edited.get("credentials").get(0).get("expiresOn").asText()).isEqualTo("2032-06-30");
        assertThat(edited.get("credentials").get(0).get("type").asText()).isEqualTo("NURSE");
        assertThat(edited.get("schedule").findValuesAsText("day")).doesNotContain("SAT").contains("SUN", "MON");
        for (var shift : edited.get("schedule")) {
            if (shift.get("day").asText().equals("MON")) {
                assertThat(shift.get("to").asText()).isEqualTo("13:00");
            }
        }

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

        // Patient messages: reminder hours and quiet hours typed in the language's own digits, and the
        // chain's own wording of the confirmation (a placeholder messages do not have is refused in the dialog).
        boolean arabic = language.equals("ar");
        click(By.cssSelector("[data-test=office-tab-messages]"));
        setValue(By.name("reminder-hours"), arabic ? "٣٦، ١٢" : "72, 24");
        setValue(By.cssSelector("[data-test=quiet-from]"), arabic ? "٢٣:٠٠" : "22:00");
        click(By.cssSelector("[data-test=message-settings-save]"));
        wait.until(d -> {
            Reply settings = api().get("/settings/messages", ownerToken);
            return settings.json().get("reminderHours").toString().equals(arabic ? "[36,12]" : "[72,24]")
                    && settings.text("quietFrom").equals(arabic ? "23:00" : "22:00");
        });
        // The settings' save re-renders the tab: a row found before that is stale, so find and click as one
        // step, again until it holds (the wait ignores stale elements).
        By confirmation = By.cssSelector("[data-test=template-row][data-event=CONFIRMATION][data-language="
                + language + "] [data-test=template-edit]");
        wait.until(d -> {
            clickElement(d.findElement(confirmation));
            return !d.findElements(By.name("template-body")).isEmpty();
        });
        setValue(By.name("template-body"), "{{patientName}}: {{when}}");
        click(By.cssSelector("[data-test=template-save]"));
        WebElement refused = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("dialog [data-test=problem]")));
        assertThat(refused.getAttribute("data-code")).isEqualTo("UNKNOWN_TEMPLATE_VARIABLE");
        setValue(By.name("template-body"), "{{patientName}}: {{date}} {{time}}, {{clinic}}. {{link}}");
        click(By.cssSelector("[data-test=template-save]"));
        wait.until(d -> api().get("/message-templates/CONFIRMATION/" + language, ownerToken).json()
                .get("customised").asBoolean());
        assertThat(api().get("/message-templates/CONFIRMATION/" + language, ownerToken).text("body"))
                .isEqualTo("{{patientName}}: {{date}} {{time}}, {{clinic}}. {{link}}");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "[data-test=template-row][data-event=CONFIRMATION][data-language=" + language + "][data-customised=true]")));
        screenshot("office-messages-" + language);

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

        // The desk receives a delivery with its unit cost; the stock report then values it.
        browser.get(base() + "/#/inventory");
        new Select(wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-test=receive-sku]"))))
                .selectByIndex(0);
        String lot = "COST-" + language + "-" + UUID.randomUUID().toString().substring(0, 6);
        setValue(By.cssSelector("[data-test=receive-lot]"), lot);
        // Within 90 days, so that the stock report values it.
        String expires = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Riyadh")).plusDays(60).toString();
        setValue(By.cssSelector("[data-test=receive-expires]"), expires);
        setValue(By.cssSelector("[data-test=receive-quantity]"), language.equals("ar") ? "١٠" : "10");
        setValue(By.cssSelector("[data-test=receive-unit-cost]"), unitCost);
        click(By.cssSelector("[data-test=receive]"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-test=lot][data-lot='" + lot + "']")));
        assertThat(DB.count("SELECT COUNT(*) FROM stock_lots WHERE tenant_id = ? AND lot_number = ? AND unit_cost = ? "
                + "AND on_hand = 10", tenant, lot, unitCostMinor)).isEqualTo(1);
        screenshot("office-receive-" + language);
        click(By.cssSelector("[data-test=nav-office]"));

        // Each report: its chart is drawn by Chart.js (served from /vendor/ by the build) and its figures listed.
        click(By.cssSelector("[data-test=office-tab-reports]"));
        // The revenue chart in each currency's own major units: fils (3 digits), halalas (2), yen (none).
        Object series = ((JavascriptExecutor) browser).executeAsyncScript("const done = arguments[0];"
                + "import('/office-reports.js').then((m) => done(JSON.stringify(m.revenueSeries({ lines: ["
                + "{ periodStart: '2031-01-01', groupName: 'Kuwait', currency: 'KWD', gross: 12345 },"
                + "{ periodStart: '2031-01-01', groupName: 'Riyadh', currency: 'SAR', gross: 12345 },"
                + "{ periodStart: '2031-01-01', groupName: 'Tokyo', currency: 'JPY', gross: 12345 }] }))))");
        assertThat(series).isEqualTo("[{\"name\":\"Kuwait KWD\",\"values\":[12.345]},"
                + "{\"name\":\"Riyadh SAR\",\"values\":[123.45]},{\"name\":\"Tokyo JPY\",\"values\":[12345]}]");
        for (String report : new String[]{"revenue", "attendance", "patients", "utilisation", "stock"}) {
            new Select(wait.until(ExpectedConditions.presenceOfElementLocated(By.name("report"))))
                    .selectByValue(report);
            wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("[data-test=report-chart][data-report=" + report + "][data-drawn=true]")));
            screenshot("office-report-" + report + "-" + language);
        }
        assertThat(browser.findElements(By.cssSelector("[data-test=report-table][data-report=stock] "
                + "[data-test=report-row]"))).as("the demo clinic's stock is listed").isNotEmpty();
        long valued = 0;
        for (var line : api().get("/reports/stock?from=" + expires + "&to=" + expires, ownerToken).json().get("lines")) {
            valued += line.get("valueExpiringIn90Days").path("amount").asLong();
        }
        assertThat(valued).as("the delivery is valued at its unit cost").isGreaterThanOrEqualTo(10 * unitCostMinor);
        click(By.cssSelector("[data-test=office-tab-staff]"));
        assertThat(api().get("/users/me", leaverSession).status()).isEqualTo(401);
        assertThat(DB.count("SELECT COUNT(*) FROM staff_users WHERE tenant_id = ? AND email = ? AND NOT active",
                tenant, email)).isEqualTo(1);
        assertThat(api().delete("/sessions/current", ownerToken).status()).isEqualTo(204);
    }

    private static void signOut() {
        click(By.cssSelector("[data-test=sign-out]"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("password")));
    }

    /** From the sign-in screen. */
    private static void signInAs(String email, String password) {
        setValue(By.name("email"), email);
        setValue(By.name("password"), password);
        click(By.cssSelector("[data-test=sign-in]"));
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

    /** Scrolls what a screenshot is about to the top of the window (a save re-renders the tab at the top). */
    private static void showOnScreen(By by) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'})",
                wait.until(ExpectedConditions.presenceOfElementLocated(by)));
    }

    /**
     * Picks {@code value} once the list offers it: the time-off list is redrawn after a practitioner is
     * added, and selecting from it before that (or from the list just replaced) failed under load.
     */
    private static void selectWhenListed(By by, String value) {
        wait.until(d -> {
            new Select(d.findElement(by)).selectByValue(value);
            return true;
        });
    }

    private static void screenshot(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
