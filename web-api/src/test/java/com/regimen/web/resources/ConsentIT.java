package com.regimen.web.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.regimen.core.testing.TestDatabase;
import com.regimen.core.testing.TestDatabases;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.testing.Api;
import com.regimen.web.testing.Clinics;
import com.regimen.web.testing.Clinics.Clinic;
import com.regimen.web.testing.ConsentPlugins;
import com.regimen.web.testing.Marks;
import com.regimen.web.testing.Reply;
import com.regimen.web.testing.TestApps;
import com.regimen.web.testing.TestRegimenApplication;
import com.regimen.web.testing.Tenants;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Consent to treatment, end to end, with a third party's SPI 1.1 plugin (a chemical peel) whose form
 * is at version 1 on one server and version 2 on another over the same database (a plugin upgrade):
 * check-in needs a signature at the current version, the witness is whoever is signed in, marks are
 * checked, another chain's patient is not found, and the signed form and care instructions print in
 * Arabic and English.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ConsentIT {
    private static final TestDatabase DB = TestDatabases.create();
    private static final DropwizardAppExtension<RegimenConfiguration> APP = TestApps.app(DB,
            ConfigOverride.config("plugins.directory", pluginsAt("1")));
    private static final DropwizardAppExtension<RegimenConfiguration> UPGRADED = TestApps.app(DB, "dwv2.",
            ConfigOverride.config("dwv2.", "plugins.directory", pluginsAt("2")));

    private static String pluginsAt(String formVersion) {
        try {
            Path directory = Files.createTempDirectory("regimen-consent-plugins");
            ConsentPlugins.jar(directory, formVersion);
            return directory.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Api api() {
        return TestApps.api(APP);
    }

    private static String tenAmIn(int days) {
        LocalDate day = LocalDate.ofInstant(TestRegimenApplication.CLOCK.instant(), ZoneOffset.UTC).plusDays(days);
        if (day.equals(LocalDate.of(2027, 2, 7))) {
            day = day.plusDays(1); // the clinic's closure
        }
        return day.atTime(7, 0).toInstant(ZoneOffset.UTC).toString();
    }

    /** A clinic offering the peel, a patient (Arabic-speaking) booked for it, and a front-desk member. */
    private record Booked(Clinic clinic, String patient, String appointment, Tenants.Staff desk) {
    }

    private Booked booked(int days) {
        Clinic c = Clinics.open(api(), "Asia/Riyadh", 50);
        assertThat(api().put("/treatments/peel/settings", c.key(), Map.of("enabled", true,
                "prices", Map.of("session", 50_000))).status()).isEqualTo(200);
        String patient = Clinics.patient(api(), c, Map.of());
        Reply booking = Clinics.book(api(), c, patient, ConsentPlugins.ID, tenAmIn(days), Map.of());
        assertThat(booking.status()).as(booking.toString()).isEqualTo(201);
        return new Booked(c, patient, booking.text("id"), Tenants.staff(api(), c.tenant(), "FRONT_DESK"));
    }

    private static Reply sign(Api api, String token, String patient, Map<String, Object> overrides) {
        Map<String, Object> body = new HashMap<>(Map.of("treatmentId", ConsentPlugins.ID,
                "typedName", "سلمى حداد", "mark", Marks.scribble(), "language", "ar"));
        body.putAll(overrides);
        body.values().removeIf(java.util.Objects::isNull);
        return api.post("/patients/" + patient + "/consents", token, body);
    }

    private static void refused(Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.text("code")).as(reply.toString()).isEqualTo(code);
    }

    /** The peel's signatures (test patients have signed the clinic's other treatments' consents already). */
    private long consents(Clinic c) {
        return DB.count("SELECT COUNT(*) FROM patient_consents WHERE tenant_id = ? AND treatment_id = 'peel'",
                c.tenant().tenantId());
    }

    private long signedBy(Clinic c, Tenants.Staff witness) {
        return DB.count("SELECT COUNT(*) FROM audit_events WHERE tenant_id = ? AND action = 'consent.signed' "
                + "AND actor_id = ?", c.tenant().tenantId(), witness.userId());
    }

    @Test
    void checkInNeedsTheSignedConsentAndTheWitnessIsWhoeverIsSignedIn() {
        Booked b = booked(3);
        Reply form = api().get("/treatments/peel/consent", b.desk().token());
        assertThat(form.status()).as(form.toString()).isEqualTo(200);
        assertThat(form.text("version")).isEqualTo("1");
        assertThat(form.json().get("risks").get(0).get("ar").asText()).isEqualTo(ConsentPlugins.RISK_AR);
        assertThat(form.json().get("risks").get(0).get("en").asText()).isEqualTo(ConsentPlugins.RISK_EN);
        assertThat(form.json().get("treatmentName").get("en").asText()).isEqualTo("Chemical peel");

        Reply refused = api().post("/appointments/" + b.appointment() + "/check-in", b.desk().token(), "{}");
        refused(refused, 422, "CONSENT_REQUIRED");
        assertThat(refused.text("consentVersion")).isEqualTo("1");
        assertThat(refused.json().has("signedVersion")).isFalse();
        assertThat(DB.count("SELECT COUNT(*) FROM appointments WHERE tenant_id = ? AND id = ? AND status = 'BOOKED'",
                b.clinic().tenant().tenantId(), b.appointment())).isEqualTo(1);

        // The witness comes from the credentials; a body naming another is refused, not believed.
        Reply spoofed = sign(api(), b.desk().token(), b.patient(), Map.of("witnessId", b.clinic().tenant()
                .ownerUserId()));
        refused(spoofed, 400, "UNKNOWN_FIELD");
        Reply signed = sign(api(), b.desk().token(), b.patient(), Map.of());
        assertThat(signed.status()).as(signed.toString()).isEqualTo(201);
        assertThat(signed.text("witnessId")).isEqualTo(b.desk().userId());
        assertThat(signed.text("witnessName")).isEqualTo("Staff FRONT_DESK");
        assertThat(signed.text("consentVersion")).isEqualTo("1");
        assertThat(signed.text("pluginVersion")).isEqualTo("2.0.1");
        assertThat(signed.text("typedName")).isEqualTo("سلمى حداد");
        assertThat(signed.text("markSha256")).hasSize(64);
        assertThat(signed.json().get("current").asBoolean()).isTrue();
        assertThat(DB.count("SELECT COUNT(*) FROM audit_events WHERE tenant_id = ? AND action = 'consent.signed' "
                + "AND actor_id = ? AND entity_id = ?", b.clinic().tenant().tenantId(), b.desk().userId(),
                b.patient())).isEqualTo(1);

        JsonNode listed = api().get("/patients/" + b.patient() + "/consents", b.desk().token()).json().get("data");
        List<String> peel = new java.util.ArrayList<>();
        listed.forEach(c -> {
            if (c.get("treatmentId").asText().equals(ConsentPlugins.ID)) {
                peel.add(c.get("id").asText());
            }
        });
        assertThat(peel).containsExactly(signed.text("id"));

        Reply checkedIn = api().post("/appointments/" + b.appointment() + "/check-in", b.desk().token(), "{}");
        assertThat(checkedIn.status()).as(checkedIn.toString()).isEqualTo(200);
        assertThat(checkedIn.text("status")).isEqualTo("CHECKED_IN");
    }

    @Test
    void aNewConsentVersionNeedsANewSignatureBeforeTheNextCheckIn() {
        Booked b = booked(4);
        assertThat(sign(api(), b.desk().token(), b.patient(), Map.of()).status()).isEqualTo(201);
        // The clinic upgrades the plugin: its form is now version 2.
        Api upgraded = TestApps.api(UPGRADED);
        assertThat(upgraded.get("/treatments/peel/consent", b.desk().token()).text("version")).isEqualTo("2");
        Reply refused = upgraded.post("/appointments/" + b.appointment() + "/check-in", b.desk().token(), "{}");
        refused(refused, 422, "CONSENT_REQUIRED");
        assertThat(refused.text("consentVersion")).isEqualTo("2");
        assertThat(refused.text("signedVersion")).isEqualTo("1");
        JsonNode listed = upgraded.get("/patients/" + b.patient() + "/consents", b.desk().token()).json().get("data");
        assertThat(listed.get(0).get("current").asBoolean()).as("signed at version 1").isFalse();

        Reply again = sign(upgraded, b.desk().token(), b.patient(), Map.of());
        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        assertThat(again.text("consentVersion")).isEqualTo("2");
        assertThat(upgraded.post("/appointments/" + b.appointment() + "/check-in", b.desk().token(), "{}")
                .text("status")).isEqualTo("CHECKED_IN");
        assertThat(consents(b.clinic())).isEqualTo(2);
    }

    @Test
    void anApiKeyCannotWitnessAndAnotherChainsPatientIsNotFound() {
        Booked b = booked(5);
        refused(sign(api(), b.clinic().key(), b.patient(), Map.of()), 422, "NOT_A_USER");
        assertThat(consents(b.clinic())).isZero();
        String consent = sign(api(), b.desk().token(), b.patient(), Map.of()).text("id");

        Booked other = booked(5);
        String stranger = other.desk().token();
        refused(sign(api(), stranger, b.patient(), Map.of()), 404, "NOT_FOUND");
        refused(api().get("/patients/" + b.patient() + "/consents", stranger), 404, "NOT_FOUND");
        refused(api().get("/patients/" + b.patient() + "/consents/" + consent + "/html", stranger), 404, "NOT_FOUND");
        refused(api().get("/patients/" + b.patient() + "/consents/" + consent + "/pdf", stranger), 404, "NOT_FOUND");
        // Nor under the stranger's own patient: a consent is found only under its patient.
        refused(api().get("/patients/" + other.patient() + "/consents/" + consent + "/html", stranger), 404,
                "NOT_FOUND");
        refused(api().get("/appointments/" + b.appointment() + "/confirmation/html", stranger), 404, "NOT_FOUND");
        assertThat(consents(other.clinic())).isZero();
        assertThat(consents(b.clinic())).isEqualTo(1);
    }

    @Test
    void badMarksAndNamesAreRefusedWithProblemsAndNothingIsWritten() {
        Booked b = booked(6);
        String token = b.desk().token();
        refused(sign(api(), token, b.patient(), Map.of("mark", Marks.blank())), 400, "MARK_BLANK");
        refused(sign(api(), token, b.patient(), Map.of("mark", "data:image/svg+xml;base64,PHN2Zz4=")), 400,
                "MARK_INVALID");
        refused(sign(api(), token, b.patient(), Map.of("mark", "data:image/png;base64,!!!")), 400, "MARK_INVALID");
        byte[] noise = new byte[36 * 1024];
        new Random(3).nextBytes(noise);
        Reply tooLarge = sign(api(), token, b.patient(), Map.of("mark", Marks.dataUrl(noise)));
        refused(tooLarge, 400, "MARK_TOO_LARGE");
        assertThat(tooLarge.json().get("errors").get(0).get("field").asText()).isEqualTo("mark");
        refused(sign(api(), token, b.patient(), Map.of("mark", Marks.dataUrl(new byte[70 * 1024]))), 413,
                "PAYLOAD_TOO_LARGE");
        refused(sign(api(), token, b.patient(), Map.of("typedName", "  ")), 400, "VALIDATION_FAILED");
        refused(sign(api(), token, b.patient(), Map.of("typedName", "x".repeat(201))), 400, "VALIDATION_FAILED");
        refused(sign(api(), token, b.patient(), Map.of("language", "fr")), 400, "VALIDATION_FAILED");
        refused(sign(api(), token, b.patient(), Map.of("treatmentId", "no-such-treatment")), 404, "NOT_FOUND");
        refused(api().get("/treatments/no-such-treatment/consent", token), 404, "NOT_FOUND");
        refused(api().get("/patients/" + b.patient() + "/consents/" + b.appointment() + "/pdf", token), 404,
                "NOT_FOUND");
        refused(api().get("/appointments/" + b.appointment() + "/confirmation/html?lang=fr", token), 400,
                "VALIDATION_FAILED");
        assertThat(consents(b.clinic())).isZero();
        assertThat(signedBy(b.clinic(), b.desk())).isZero();
    }

    @Test
    void theSignedFormPrintsInArabicAndEnglish() throws Exception {
        Booked b = booked(7);
        Reply signed = sign(api(), b.desk().token(), b.patient(), Map.of("typedName", "<b>Salma</b> & co"));
        String consent = signed.text("id");
        String base = "/patients/" + b.patient() + "/consents/" + consent;

        Reply html = api().get(base + "/html?lang=en", b.desk().token());
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.contentType()).startsWith("text/html");
        assertThat(html.header("Content-Security-Policy")).contains("default-src 'none'");
        assertThat(html.body()).contains("Consent to treatment", ConsentPlugins.RISK_EN, "Staff FRONT_DESK",
                "&lt;b&gt;Salma&lt;/b&gt; &amp; co", "data:image/png;base64,").doesNotContain("<b>Salma");

        String arabic = pdfText(api(), base + "/pdf", b.desk().token());
        assertThat(arabic).contains("إقرار بالموافقة على العلاج", "تقشير كيميائي", "المخاطر", ConsentPlugins.RISK_AR,
                "الشاهد من الموظفين", "Staff FRONT_DESK", signed.text("markSha256"));
        String english = pdfText(api(), base + "/pdf?lang=en", b.desk().token());
        assertThat(english).contains("Consent to treatment", "Chemical peel", "Risks", ConsentPlugins.RISK_EN,
                "Alternatives", "No treatment", "Witnessed by", "Form version", Clinics.PATIENT_NAME);
    }

    @Test
    void careInstructionsShowOnTheAppointmentTheConfirmationAndTheInvoiceInThePatientsLanguage() throws Exception {
        Booked b = booked(8);
        String token = b.desk().token();
        JsonNode care = api().get("/appointments/" + b.appointment(), token).json().get("careInstructions");
        assertThat(care.get("language").asText()).as("the patient's").isEqualTo("ar");
        assertThat(care.get("preCare").get(0).asText()).isEqualTo("لمدة ٣ أيام قبل الجلسة: "
                + ConsentPlugins.PRE_CARE_AR);
        assertThat(care.get("afterCare").get(0).asText()).isEqualTo("لمدة ٢٤-٤٨ ساعة بعد الجلسة: "
                + ConsentPlugins.AFTER_CARE_AR);
        JsonNode after = care.get("instructions").get(1);
        assertThat(after.get("phase").asText()).isEqualTo("AFTER");
        assertThat(after.get("fromHours").asInt()).isEqualTo(24);
        assertThat(after.get("toHours").asInt()).isEqualTo(48);
        assertThat(after.get("line").get("en").asText()).isEqualTo("For 24-48 h after the session: "
                + ConsentPlugins.AFTER_CARE_EN);

        Reply confirmation = api().get("/appointments/" + b.appointment() + "/confirmation/html", token);
        assertThat(confirmation.status()).isEqualTo(200);
        assertThat(confirmation.body()).contains("dir=\"rtl\"", "تأكيد الموعد", ConsentPlugins.PRE_CARE_AR)
                .doesNotContain(ConsentPlugins.AFTER_CARE_AR);
        assertThat(pdfText(api(), "/appointments/" + b.appointment() + "/confirmation/pdf?lang=en", token))
                .contains("Appointment confirmation", "Chemical peel", "Nurse Reem", "For 3 days before the session: "
                        + ConsentPlugins.PRE_CARE_EN);

        assertThat(api().put("/locations/" + b.clinic().location() + "/tax-settings", b.clinic().key(), Map.of(
                "sellerNameAr", "عيادات", "sellerNameEn", "Clinics", "vatNumber", "310122393500003")).status())
                .isEqualTo(200);
        assertThat(api().post("/appointments/" + b.appointment() + "/payments", b.clinic().key(),
                Map.of("kind", "DEPOSIT", "method", "CASH")).status()).isEqualTo(201);
        String invoice = api().get("/appointments/" + b.appointment() + "/tax-documents", token).json().get(0)
                .get("id").asText();
        Reply invoiceHtml = api().get("/tax-documents/" + invoice + "/html?lang=ar", token);
        assertThat(invoiceHtml.body()).contains("العناية بعد الجلسة", ConsentPlugins.AFTER_CARE_AR);
        // The desk prints the invoice in English; the patient reads Arabic, and so does their after-care.
        assertThat(pdfText(api(), "/tax-documents/" + invoice + "/pdf?lang=en", token))
                .contains("Tax Invoice", "العناية بعد الجلسة", ConsentPlugins.AFTER_CARE_AR)
                .doesNotContain("After your session", ConsentPlugins.AFTER_CARE_EN);
    }

    @Test
    void racingRetriesOfOneSignatureRecordItOnce() throws Exception {
        Booked b = booked(9);
        String key = java.util.UUID.randomUUID().toString();
        String body = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(Map.of(
                "treatmentId", ConsentPlugins.ID, "typedName", "Salma", "mark", Marks.scribble(), "language", "en"));
        int racers = 8;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(racers);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Reply>> replies = new java.util.ArrayList<>();
        for (int i = 0; i < racers; i++) {
            replies.add(pool.submit(() -> {
                start.await();
                return api().send("POST", "/patients/" + b.patient() + "/consents", b.desk().token(), body,
                        Map.of("Idempotency-Key", key));
            }));
        }
        start.countDown();
        List<Integer> statuses = new java.util.ArrayList<>();
        for (java.util.concurrent.Future<Reply> reply : replies) {
            statuses.add(reply.get().status());
        }
        pool.shutdown();
        assertThat(statuses).as("created, replayed, or told the first is still running").containsOnly(201, 409)
                .contains(201);
        assertThat(consents(b.clinic())).as("one signature whatever the retries").isEqualTo(1);
        assertThat(signedBy(b.clinic(), b.desk())).isEqualTo(1);
    }

    private static String pdfText(Api api, String path, String token) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                api.base() + path)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        try (PDDocument document = Loader.loadPDF(response.body())) {
            // Shaped Arabic is stored as presentation forms; NFKC gives back the letters typed.
            return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
        }
    }

}
