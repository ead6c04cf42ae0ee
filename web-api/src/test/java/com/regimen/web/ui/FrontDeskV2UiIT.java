package com.regimen.web.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.regimen.core.testing.TestDatabase;
import com.regimen.core.testing.TestDatabases;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.demo.DemoClinic;
import com.regimen.web.testing.DeskConsents;
import com.regimen.web.testing.Api;
import com.regimen.web.testing.FakeStripe;
import com.regimen.web.testing.Reply;
import com.regimen.web.testing.TestApps;
import com.regimen.web.testing.Tenants;
import com.regimen.web.testing.DeskBrowser;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Front desk v2 (issue #17) in headless Chromium, in English at desk size and in Arabic at tablet
 * size, against the server with its demo clinic chain: the app's own questions where the browser's
 * prompt and confirm were (Cancel does nothing), cancel and no-show telling the fee and undoable,
 * refusals shown inside the dialog next to the field, amounts, quantities, dates and phones typed in
 * Arabic-Indic digits, a double tap that pays once, completing with money owed asking first; and in
 * booking: an intake with required blanks refused, a slot taken meanwhile leaving the list, a
 * course's sessions shown before and after booking, "2 of 3" on the tile, cancelled tiles behind a
 * filter and never covering a live one.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class FrontDeskV2UiIT {
    private static final TestDatabase DB = TestDatabases.create();
    private static final FakeStripe STRIPE = new FakeStripe();
    private static final DropwizardAppExtension<RegimenConfiguration> APP = TestApps.app(DB,
            ConfigOverride.config("demoData", "true"),
            ConfigOverride.config("stripe.secretKey", "sk_test_fake"),
            ConfigOverride.config("stripe.apiBase", STRIPE.baseUrl()));
    private static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");

    @AfterAll
    static void stopStripe() {
        STRIPE.close();
    }

    private static String base() {
        return "http://127.0.0.1:" + APP.getLocalPort();
    }

    private static String tenant() {
        return DB.jdbi().withHandle(handle -> handle.createQuery("SELECT tenant_id FROM tenants WHERE name = :name")
                .bind("name", DemoClinic.TENANT_NAME).mapTo(String.class).one());
    }

    /** Western digits written as the Arabic keyboard types them. */
    static String arabic(String western) {
        StringBuilder out = new StringBuilder();
        western.chars().forEach(c -> out.append(c >= '0' && c <= '9' ? (char) ('\u0660' + c - '0') : (char) c));
        return out.toString();
    }

    private static String status(String appointment) {
        return DB.jdbi().withHandle(handle -> handle.createQuery("SELECT status FROM appointments WHERE tenant_id = :t "
                + "AND id = :id").bind("t", tenant()).bind("id", appointment).mapTo(String.class).one());
    }

    /** A booked single session in Riyadh (SAR), days ahead, nothing paid; each call a different one. */
    private static String bookedAppointment(String notIn) {
        return DB.jdbi().withHandle(handle -> handle.createQuery("SELECT a.id FROM appointments a JOIN locations l "
                        + "ON l.tenant_id = a.tenant_id AND l.id = a.location_id WHERE a.tenant_id = :t AND a.status = "
                        + "'BOOKED' AND l.currency = 'SAR' AND a.course_id IS NULL AND a.deposit > 0 "
                        + "AND a.starts_at > :after AND a.id NOT IN (<not>) AND NOT EXISTS (SELECT 1 FROM payments p "
                        + "WHERE p.tenant_id = a.tenant_id AND p.appointment_id = a.id) ORDER BY a.starts_at LIMIT 1")
                .bind("t", tenant()).bind("after", java.time.LocalDateTime.now().plusDays(2))
                .bindList("not", List.of(notIn.split(","))).mapTo(String.class).one());
    }

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource({"en, '1366,768'", "ar, '820,1180'"})
    void askingCancellingUndoingAndRefusalsInTheDialog(String language, String size) throws Exception {
        boolean ar = language.equals("ar");
        try (DeskBrowser desk = new DeskBrowser(base(), size)) {
            desk.signIn(tenant(), DemoClinic.DESK_EMAIL, language);
            String a = bookedAppointment("-");

            // Cancel: the app's own question, saying the fee; "Keep the appointment" changes nothing.
            desk.openAppointment(a);
            desk.click(By.cssSelector("[data-test=action-cancel]"));
            WebElement detail = desk.visible(By.cssSelector("#ask [data-test=ask-detail]"));
            assertThat(detail.getText()).contains(ar ? "بلا رسوم" : "No fee");
            desk.screenshot("v2-cancel-ask-" + language);
            desk.click(By.cssSelector("#ask [data-test=ask-cancel]"));
            desk.gone(By.cssSelector("#ask [data-test=ask-detail]"));
            assertThat(desk.driver.findElement(By.cssSelector("#dialog [data-test=status]")).getAttribute("data-status"))
                    .isEqualTo("BOOKED");

            // Confirmed, then undone within the window: nothing reaches the server.
            desk.click(By.cssSelector("[data-test=action-cancel]"));
            desk.type(By.cssSelector("#ask [data-test=ask-input]"), ar ? "سفر" : "travelling");
            desk.click(By.cssSelector("#ask [data-test=ask-confirm]"));
            desk.click(By.cssSelector("#toast [data-test=undo]"));
            desk.until(() -> desk.driver.findElement(By.cssSelector("#toast [data-test=toast-text]")).getText()
                    .contains(ar ? "تم التراجع" : "Undone"));

            // Confirmed and left to run out: cancelled once, with its reason.
            String reason = ar ? "المريضة مسافرة" : "Patient travelling";
            desk.openAppointment(a);
            desk.click(By.cssSelector("[data-test=action-cancel]"));
            desk.type(By.cssSelector("#ask [data-test=ask-input]"), reason);
            desk.click(By.cssSelector("#ask [data-test=ask-confirm]"));
            desk.visible(By.cssSelector("#toast [data-test=undo]"));
            desk.until(() -> status(a).equals("CANCELLED"));
            assertThat(DB.count("SELECT COUNT(*) FROM appointments WHERE tenant_id = ? AND id = ? AND cancel_reason = ?",
                    tenant(), a, reason)).isEqualTo(1);
            assertThat(DB.count("SELECT COUNT(*) FROM audit_events WHERE tenant_id = ? AND entity_id = ? AND action = "
                    + "'appointment.cancelled'", tenant(), a)).as("the undone one never left the desk").isEqualTo(1);

            // A no-show says the deposit is kept.
            String b = bookedAppointment(a);
            long deposit = DB.count("SELECT deposit FROM appointments WHERE tenant_id = ? AND id = ?", tenant(), b);
            desk.openAppointment(b);
            desk.click(By.cssSelector("[data-test=action-noShow]"));
            String feeLine = desk.visible(By.cssSelector("#ask [data-test=ask-detail]")).getText();
            assertThat(feeLine).contains(ar ? "العربون" : "deposit").contains(ar ? arabic(String.valueOf(deposit / 100))
                    : String.valueOf(deposit / 100));
            desk.click(By.cssSelector("#ask [data-test=ask-confirm]"));
            desk.until(() -> status(b).equals("NO_SHOW"));

            // Refusals inside the dialog: the API's, in words with the code on a details line; the desk's own
            // next to the field; nothing sent for either.
            String c = bookedAppointment(a + "," + b);
            desk.openAppointment(c);
            desk.type(By.cssSelector("[data-test=pay-amount]"), arabic("999999"));
            desk.click(By.cssSelector("[data-test=pay-cash]"));
            WebElement problem = desk.visible(By.cssSelector("#dialog [data-test=problem][data-code=AMOUNT_EXCEEDS_DUE]"));
            assertThat(problem.findElement(By.tagName("p")).getText()).isEqualTo(ar ? "المبلغ أكبر من المستحق."
                    : "That is more than is due.");
            assertThat(problem.findElement(By.cssSelector("[data-test=problem-details]")).getText())
                    .contains("AMOUNT_EXCEEDS_DUE");
            desk.screenshot("v2-problem-in-dialog-" + language);
            desk.type(By.cssSelector("[data-test=pay-amount]"), "12a");
            desk.click(By.cssSelector("[data-test=pay-cash]"));
            desk.visible(By.cssSelector("#dialog [data-test=field-error][data-field=amount]"));
            assertThat(DB.count("SELECT COUNT(*) FROM payments WHERE tenant_id = ? AND appointment_id = ?", tenant(), c))
                    .isZero();

            // A double tap pays once; the amount typed in Arabic-Indic digits.
            desk.type(By.cssSelector("[data-test=pay-amount]"), arabic("100"));
            desk.js("const b = document.querySelector('[data-test=pay-cash]'); b.click(); b.click();");
            desk.until(() -> desk.driver.findElements(By.cssSelector("[data-test=payment-row]")).size() == 1);
            assertThat(DB.count("SELECT COUNT(*) FROM payments WHERE tenant_id = ? AND appointment_id = ? AND amount = "
                    + "10000", tenant(), c)).isEqualTo(1);
            // Headers for every column, "Taken by" (who took the payment) among them.
            assertThat(desk.driver.findElements(By.cssSelector("[data-test=payments] thead th")).size()).isEqualTo(9);

            // A refund: Cancel sends nothing; a bad amount is refused in the question; ٥٠ refunds 50.
            desk.click(By.cssSelector("[data-test=refund]"));
            desk.click(By.cssSelector("#ask [data-test=ask-cancel]"));
            desk.gone(By.cssSelector("#ask [data-test=ask-input]"));
            desk.click(By.cssSelector("[data-test=refund]"));
            desk.type(By.cssSelector("#ask [data-test=ask-input]"), arabic("12") + "x");
            desk.click(By.cssSelector("#ask [data-test=ask-confirm]"));
            desk.visible(By.cssSelector("#ask [data-test=field-error][data-field=answer]"));
            assertThat(DB.count("SELECT COUNT(*) FROM payment_refunds WHERE tenant_id = ? AND appointment_id = ?",
                    tenant(), c)).isZero();
            desk.type(By.cssSelector("#ask [data-test=ask-input]"), arabic("50"));
            desk.click(By.cssSelector("#ask [data-test=ask-confirm]"));
            desk.until(() -> DB.count("SELECT COUNT(*) FROM payment_refunds WHERE tenant_id = ? AND appointment_id = ? "
                    + "AND amount = 5000", tenant(), c) == 1);

            // Completing with money still owed asks first; going back leaves the visit checked in.
            desk.visible(By.cssSelector("#dialog [data-test=status]"));
            // PRP asks for the patient's consent before the first session (SPI 1.1): signed at the desk.
            DeskConsents.signIfAsked(desk.driver, desk.wait, "Patient of the day");
            desk.click(By.cssSelector("[data-test=action-checkIn]"));
            desk.until(() -> status(c).equals("CHECKED_IN"));
            desk.click(By.cssSelector("[data-test=action-complete]"));
            desk.visible(By.cssSelector("#ask [data-test=ask-message]"));
            desk.click(By.cssSelector("#ask [data-test=ask-cancel]"));
            desk.gone(By.cssSelector("#ask [data-test=ask-message]"));
            assertThat(status(c)).isEqualTo("CHECKED_IN");

            assertNoUncaughtErrors(desk);
        }
    }

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource({"en, '1366,768'", "ar, '820,1180'"})
    void bookingACourseWithAnIntakeAndATakenSlotThenTheDay(String language, String size) throws Exception {
        boolean ar = language.equals("ar");
        String tenant = tenant();
        try (DeskBrowser desk = new DeskBrowser(base(), size)) {
            desk.signIn(tenant, DemoClinic.DESK_EMAIL, language);
            // Riyadh's desk (the slots and tiles below are there); the list may already show it.
            String riyadh = riyadh(tenant);
            if (!riyadh.equals(desk.driver.findElement(By.cssSelector("[data-test=location]")).getAttribute("value"))) {
                new Select(desk.driver.findElement(By.cssSelector("[data-test=location]"))).selectByValue(riyadh);
                desk.until(() -> riyadh.equals(desk.js("return localStorage.getItem('regimen.location')")));
            }
            String name = (ar ? "مريضة الدورة " : "Course Patient ") + System.nanoTime() % 100000;
            desk.click(By.cssSelector("[data-test=new-booking]"));
            desk.click(By.cssSelector("[data-test=new-patient]"));
            desk.type(By.cssSelector("[data-test=new-patient-name]"), name);
            desk.type(By.cssSelector("[data-test=new-patient-phone]"), arabic("0551234") + "٥٦٧");
            new Select(desk.driver.findElement(By.cssSelector("[data-test=new-patient-locale]"))).selectByValue(language);
            desk.click(By.cssSelector("[data-test=create-patient]"));

            // The intake is not saved with required questions blank; each is marked where it is.
            desk.click(By.cssSelector("[data-test=save-intake]"));
            desk.visible(By.cssSelector("#dialog [data-test=field-error]"));
            String patient = DB.jdbi().withHandle(handle -> handle.createQuery("SELECT id FROM patients WHERE tenant_id "
                    + "= :t AND name = :n").bind("t", tenant).bind("n", name).mapTo(String.class).one());
            assertThat(DB.count("SELECT COUNT(*) FROM patient_intakes WHERE tenant_id = ? AND patient_id = ?", tenant,
                    patient)).isZero();
            String phone = DB.jdbi().withHandle(handle -> handle.createQuery("SELECT phone FROM patients WHERE tenant_id = "
                    + ":t AND id = :id").bind("t", tenant).bind("id", patient).mapTo(String.class).one());
            assertThat(phone).as("typed in Arabic-Indic digits, stored in Western").contains("551234567");
            desk.screenshot("v2-intake-required-" + language);
            for (WebElement no : desk.driver.findElements(By.cssSelector("[data-test=answer-no]"))) {
                desk.clickElement(no);
            }
            desk.click(By.cssSelector("[data-test=save-intake]"));
            desk.until(() -> desk.driver.findElement(By.cssSelector("[data-test=chosen-patient]")).getText()
                    .contains(name));

            // A slot taken behind the desk's back leaves the list when the desk picks it.
            new Select(desk.driver.findElement(By.cssSelector("[data-test=treatment]"))).selectByValue("prp");
            LocalDate day = LocalDate.now(RIYADH).plusDays(ar ? 9 : 8);
            desk.type(By.cssSelector("[data-test=booking-date]"), ar ? arabic(day.toString()) : day.toString());
            desk.click(By.cssSelector("[data-test=find-slots]"));
            WebElement first = desk.visible(By.cssSelector("[data-test=slot]"));
            String start = first.getAttribute("data-start");
            String practitioner = first.getAttribute("data-practitioner");
            bookBehindTheDesk(tenant, start, practitioner);
            desk.clickElement(first);
            desk.visible(By.cssSelector("#dialog [data-test=problem][data-code=SLOT_TAKEN]"));
            assertThat(desk.driver.findElements(By.cssSelector("[data-test=slot][data-start='" + start
                    + "'][data-practitioner='" + practitioner + "']"))).isEmpty();
            desk.screenshot("v2-slot-taken-" + language);

            // A course of three: every session before booking, and after.
            new Select(desk.driver.findElement(By.cssSelector("[data-test=sessions]"))).selectByValue("3");
            desk.click(By.cssSelector("[data-test=find-slots]"));
            desk.click(By.cssSelector("[data-test=slot]"));
            desk.until(() -> desk.driver.findElements(By.cssSelector("#ask [data-test=course-session]")).size() == 3);
            desk.screenshot("v2-course-preview-" + language);
            desk.click(By.cssSelector("#ask [data-test=ask-confirm]"));
            desk.until(() -> desk.driver.findElements(By.cssSelector("#dialog [data-test=course-sessions] li")).size() == 3);
            assertThat(DB.count("SELECT COUNT(*) FROM appointments WHERE tenant_id = ? AND patient_id = ? AND course_id "
                    + "IS NOT NULL AND status = 'BOOKED'", tenant, patient)).isEqualTo(3);
            desk.click(By.cssSelector("[data-test=close-dialog]"));

            // The second session's day: its tile says "2 of 3".
            String second = DB.jdbi().withHandle(handle -> handle.createQuery("SELECT DATE(CONVERT_TZ(starts_at, "
                    + "'+00:00', '+03:00')) FROM appointments WHERE tenant_id = :t AND patient_id = :p AND "
                    + "session_number = 2").bind("t", tenant).bind("p", patient).mapTo(String.class).one());
            String secondId = DB.jdbi().withHandle(handle -> handle.createQuery("SELECT id FROM appointments WHERE "
                    + "tenant_id = :t AND patient_id = :p AND session_number = 2").bind("t", tenant).bind("p", patient)
                    .mapTo(String.class).one());
            desk.setValue(By.cssSelector("[data-test=day-date]"), second);
            WebElement tile = desk.visible(By.cssSelector("[data-test=appointment][data-id='" + secondId + "']"));
            assertThat(tile.getText()).contains(name);
            assertThat(tile.findElement(By.cssSelector("[data-test=course-of]")).getText())
                    .isEqualTo(ar ? "الجلسة ٢ من ٣" : "Session 2 of 3");

            // The third cancelled and its time booked again: hidden until the filter shows it, beside the live one.
            String third = DB.jdbi().withHandle(handle -> handle.createQuery("SELECT id FROM appointments WHERE "
                    + "tenant_id = :t AND patient_id = :p AND session_number = 3").bind("t", tenant).bind("p", patient)
                    .mapTo(String.class).one());
            JsonNode thirdView = api().get("/appointments/" + third, owner(tenant)).json();
            assertThat(api().post("/appointments/" + third + "/cancel", owner(tenant), Map.of()).status()).isEqualTo(200);
            String other = bookBehindTheDesk(tenant, thirdView.get("start").asText(),
                    thirdView.get("practitionerId").asText());
            String thirdDay = DB.jdbi().withHandle(handle -> handle.createQuery("SELECT DATE(CONVERT_TZ(starts_at, "
                    + "'+00:00', '+03:00')) FROM appointments WHERE tenant_id = :t AND id = :id").bind("t", tenant)
                    .bind("id", third).mapTo(String.class).one());
            desk.setValue(By.cssSelector("[data-test=day-date]"), thirdDay);
            desk.visible(By.cssSelector("[data-test=appointment][data-id='" + other + "']"));
            assertThat(desk.driver.findElements(By.cssSelector("[data-test=appointment][data-id='" + third + "']")))
                    .as("cancelled: hidden by default").isEmpty();
            desk.click(By.cssSelector("[data-test=show-cancelled]"));
            desk.visible(By.cssSelector("[data-test=appointment][data-id='" + third + "']"));
            for (String columns : List.of("by-room", "by-practitioner")) {
                desk.click(By.cssSelector("[data-test=" + columns + "]"));
                desk.visible(By.cssSelector("[data-test=appointment][data-id='" + third + "']"));
                assertThat(overlappingTiles(desk)).as("no tile covers another (" + columns + ")").isZero();
            }
            desk.screenshot("v2-day-cancelled-shown-" + language);

            // Stock received with the quantity and expiry typed in Arabic-Indic digits.
            desk.click(By.cssSelector("[data-test=nav-inventory]"));
            desk.visible(By.cssSelector("[data-test=stock]"));
            String lot = "V2-" + language.toUpperCase() + "-" + System.nanoTime() % 100000;
            new Select(desk.driver.findElement(By.cssSelector("[data-test=receive-sku]"))).selectByValue("needle-30g");
            desk.type(By.cssSelector("[data-test=receive-lot]"), lot);
            desk.type(By.cssSelector("[data-test=receive-expires]"), arabic("2028-01-15"));
            desk.type(By.cssSelector("[data-test=receive-quantity]"), arabic("25"));
            desk.click(By.cssSelector("[data-test=receive]"));
            desk.visible(By.cssSelector("[data-test=lot][data-lot='" + lot + "']"));
            assertThat(DB.count("SELECT COUNT(*) FROM stock_lots WHERE tenant_id = ? AND lot_number = ? AND on_hand = 25 "
                    + "AND expires_on = '2028-01-15'", tenant, lot)).isEqualTo(1);

            // Finding a patient from the header on any screen: a part of the name, the arrow keys move, Enter
            // picks, and a booking opens for the one picked.
            String nonce = "Twin" + System.nanoTime() % 1000000;
            String word = ar ? "سلمة" : "Alpha";
            String alpha = registerThroughTheApi(tenant, nonce + " " + word);
            String beta = registerThroughTheApi(tenant, nonce + " " + (ar ? "بسمة" : "Beta"));
            assertThat(alpha.compareTo(beta)).as("listed in the order they came").isNegative();
            WebElement search = desk.visible(By.cssSelector("[data-test=global-search]"));
            search.sendKeys(nonce.toLowerCase());
            desk.until(() -> desk.driver.findElements(By.cssSelector("[data-test=patient-option]")).size() == 2);
            search.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN);
            desk.until(() -> "true".equals(desk.driver.findElement(By.cssSelector("[data-test=patient-option][data-id='"
                    + beta + "']")).getAttribute("aria-selected")));
            desk.screenshot("v2-search-" + language);
            search.sendKeys(org.openqa.selenium.Keys.ENTER);
            desk.until(() -> desk.driver.findElement(By.cssSelector("#dialog [data-test=chosen-patient]")).getText()
                    .contains(ar ? "بسمة" : "Beta"));
            desk.click(By.cssSelector("[data-test=close-dialog]"));

            assertNoUncaughtErrors(desk);
        }
    }

    /** Pairs of tiles in one column whose boxes overlap (by more than a pixel's rounding). */
    private static long overlappingTiles(DeskBrowser desk) {
        return ((Number) desk.js("let n = 0;"
                + "document.querySelectorAll('.column').forEach((c) => {"
                + "  const r = [...c.querySelectorAll('[data-test=appointment]')].map((e) => e.getBoundingClientRect());"
                + "  for (let i = 0; i < r.length; i++) for (let j = i + 1; j < r.length; j++) {"
                + "    const w = Math.min(r[i].right, r[j].right) - Math.max(r[i].left, r[j].left);"
                + "    const h = Math.min(r[i].bottom, r[j].bottom) - Math.max(r[i].top, r[j].top);"
                + "    if (w > 1 && h > 1) n++; } });"
                + "return n;")).longValue();
    }

    private static void assertNoUncaughtErrors(DeskBrowser desk) {
        List<LogEntry> errors = desk.console().stream().filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .toList();
        // The refusals these scenarios provoke are logged by Chromium as failed loads (409, 422): expected.
        // Anything else, an uncaught exception above all, is a fault of the page.
        assertThat(errors).filteredOn(e -> !e.getMessage().contains("Failed to load resource")).isEmpty();
    }

    private static String riyadh(String tenant) {
        return DB.jdbi().withHandle(handle -> handle.createQuery("SELECT id FROM locations WHERE tenant_id = :t AND "
                + "timezone = 'Asia/Riyadh' ORDER BY id LIMIT 1").bind("t", tenant).mapTo(String.class).one());
    }

    private static Api api() {
        return TestApps.api(APP);
    }

    private static String owner(String tenant) {
        return Tenants.signIn(api(), tenant, DemoClinic.OWNER_EMAIL, DemoClinic.PASSWORD);
    }

    private static String registerThroughTheApi(String tenant, String name) {
        Reply created = api().post("/patients", owner(tenant), Map.of("name", name, "locale", "ar"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.text("id");
    }

    /** Another receptionist books that time through the API: a new patient answering "no" to everything. */
    private static String bookBehindTheDesk(String tenant, String start, String practitioner) {
        String token = owner(tenant);
        String patient = api().post("/patients", token, Map.of("name", "Walk-in " + System.nanoTime() % 100000,
                "locale", "en")).text("id");
        Map<String, Object> answers = new HashMap<>();
        for (JsonNode q : api().get("/intake-form", token).json().get("questions")) {
            switch (q.get("type").asText()) {
                case "BOOLEAN" -> answers.put(q.get("code").asText(), false);
                case "LIST" -> answers.put(q.get("code").asText(), List.of());
                default -> { }
            }
        }
        assertThat(api().put("/patients/" + patient + "/intake", token, Map.of("answers", answers)).status())
                .isEqualTo(200);
        Reply booked = api().post("/appointments", token, Map.of("patientId", patient, "treatmentId", "prp",
                "locationId", riyadh(tenant), "start", start, "practitionerId", practitioner));
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        return booked.text("id");
    }
}
