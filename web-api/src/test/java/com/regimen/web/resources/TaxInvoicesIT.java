package com.regimen.web.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.regimen.core.testing.TestDatabase;
import com.regimen.core.testing.TestDatabases;
import com.regimen.web.config.RegimenConfiguration;
import com.regimen.web.testing.Api;
import com.regimen.web.testing.StripeConnections;
import com.regimen.web.testing.Clinics;
import com.regimen.web.testing.Clinics.Clinic;
import com.regimen.web.testing.FakeStripe;
import com.regimen.web.testing.Reply;
import com.regimen.web.testing.StripeSignatures;
import com.regimen.web.testing.TestApps;
import com.regimen.web.testing.TestRegimenApplication;
import com.regimen.web.testing.Tenants;
import com.stripe.Stripe;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Tax invoices, credit notes and the day close, through the running server against real MariaDB
 * and the local fake Stripe.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class TaxInvoicesIT {
    private static final String WEBHOOK_SECRET = "whsec_invoices";
    private static final String VAT_NUMBER = "310122393500003";
    private static final String SELLER_AR = "عيادات الوهج الطبية";
    private static final String SELLER_EN = "Glow Medical Clinics";
    private static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");
    private static final TestDatabase DB = TestDatabases.create();
    private static final FakeStripe STRIPE = new FakeStripe();
    private static final DropwizardAppExtension<RegimenConfiguration> APP = TestApps.app(DB,
            ConfigOverride.config("stripe.secretKey", "sk_test_fake"),
            ConfigOverride.config("stripe.webhookSecret", WEBHOOK_SECRET),
            ConfigOverride.config("stripe.apiBase", STRIPE.baseUrl()));
    private static final ObjectMapper JSON = new ObjectMapper();

    @AfterAll
    static void stopStripe() {
        STRIPE.close();
    }

    private static Api api() {
        return TestApps.api(APP);
    }

    private static Clinic registeredClinic(String account) {
        Clinic c = Clinics.open(api(), "Asia/Riyadh", 500);
        Reply saved = api().put("/locations/" + c.location() + "/tax-settings", c.key(), Map.of("sellerNameAr",
                SELLER_AR, "sellerNameEn", SELLER_EN, "vatNumber", VAT_NUMBER));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        if (account != null) {
            StripeConnections.connect(api(), STRIPE, WEBHOOK_SECRET, c.key(), account);
        }
        return c;
    }

    private static String booked(Clinic c, String start) {
        String patient = Clinics.patient(api(), c, Map.of());
        Reply booked = Clinics.book(api(), c, patient, "prp", start, Map.of());
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        return booked.text("id");
    }

    private static Reply pay(Clinic c, String appointment, String kind, String method) {
        return api().post("/appointments/" + appointment + "/payments", c.key(), Map.of("kind", kind, "method", method));
    }

    private static JsonNode documents(Clinic c, String appointment) {
        Reply reply = api().get("/appointments/" + appointment + "/tax-documents", c.key());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    private static String keyWithRole(Clinic c, String role) {
        Reply key = api().post("/api-keys", c.key(), Map.of("name", role, "role", role));
        assertThat(key.status()).as(key.toString()).isEqualTo(201);
        return key.text("secret");
    }

    private static HttpResponse<byte[]> bytes(String path, String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(api().base() + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void taxSettingsDefaultByZoneAndCheckTheVatNumber() {
        Clinic c = Clinics.open(api(), "Asia/Riyadh", 500);
        String path = "/locations/" + c.location() + "/tax-settings";
        JsonNode defaults = api().get(path, c.key()).json();
        assertThat(defaults.get("configured").asBoolean()).isFalse();
        assertThat(defaults.get("country").asText()).isEqualTo("SA");
        assertThat(defaults.get("vatRatePercent").decimalValue()).isEqualByComparingTo("15");

        Reply wrong = api().put(path, c.key(), Map.of("sellerNameAr", SELLER_AR, "sellerNameEn", SELLER_EN,
                "vatNumber", "210122393500003"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.text("code")).isEqualTo("VALIDATION_FAILED");
        assertThat(wrong.body()).contains("vatNumber");
        Reply missing = api().put(path, c.key(), Map.of("vatNumber", VAT_NUMBER, "vatRatePercent", 150.5));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("sellerNameAr", "sellerNameEn", "vatRatePercent");
        assertThat(api().get(path, c.key()).json().get("configured").asBoolean()).as("nothing half-saved").isFalse();

        Reply saved = api().put(path, c.key(), Map.of("sellerNameAr", SELLER_AR, "sellerNameEn", SELLER_EN,
                "vatNumber", VAT_NUMBER, "pricesIncludeVat", true));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        JsonNode read = api().get(path, c.key()).json();
        assertThat(read.get("configured").asBoolean()).isTrue();
        assertThat(read.get("sellerNameAr").asText()).isEqualTo(SELLER_AR);
        assertThat(read.get("vatRatePercent").decimalValue()).isEqualByComparingTo("15");

        String dubai = api().post("/locations", c.key(), Map.of("name", "Dubai", "timezone", "Asia/Dubai",
                "openingHours", Map.of(), "closures", List.of())).text("id");
        JsonNode uae = api().get("/locations/" + dubai + "/tax-settings", c.key()).json();
        assertThat(uae.get("country").asText()).isEqualTo("AE");
        assertThat(uae.get("vatRatePercent").decimalValue()).isEqualByComparingTo("5");
        assertThat(api().put("/locations/" + dubai + "/tax-settings", c.key(), Map.of("sellerNameAr", SELLER_AR,
                "sellerNameEn", SELLER_EN, "vatNumber", VAT_NUMBER)).status()).as("a Saudi number is a valid TRN shape")
                .isEqualTo(200);
        assertThat(api().put("/locations/" + dubai + "/tax-settings", c.key(), Map.of("sellerNameAr", SELLER_AR,
                "sellerNameEn", SELLER_EN, "vatNumber", "1234")).text("code")).isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void eachCashPaymentIsInvoicedWithItsVatAndAQrCodeThatScans() throws Exception {
        Clinic c = registeredClinic(null);
        String appointment = booked(c, "2027-01-10T07:00:00Z");
        assertThat(pay(c, appointment, "DEPOSIT", "CASH").status()).isEqualTo(201);
        assertThat(pay(c, appointment, "BALANCE", "CASH").status()).isEqualTo(201);

        JsonNode docs = documents(c, appointment);
        assertThat(docs).hasSize(2);
        JsonNode deposit = docs.get(0);
        assertThat(deposit.get("type").asText()).isEqualTo("INVOICE");
        assertThat(deposit.get("number").asText()).isEqualTo("INV-000001");
        assertThat(deposit.get("paymentKind").asText()).isEqualTo("DEPOSIT");
        // 200.00 SAR including 15% VAT: VAT = 20000 * 15 / 115 = 2608.7 -> 2609 halalas
        assertThat(deposit.get("vat").get("gross").asLong()).isEqualTo(20_000);
        assertThat(deposit.get("vat").get("vat").asLong()).isEqualTo(2_609);
        assertThat(deposit.get("vat").get("net").asLong()).isEqualTo(17_391);
        assertThat(deposit.get("vat").get("ratePercent").decimalValue()).isEqualByComparingTo("15");
        assertThat(deposit.get("seller").get("vatNumber").asText()).isEqualTo(VAT_NUMBER);
        JsonNode balance = docs.get(1);
        assertThat(balance.get("number").asText()).isEqualTo("INV-000002");
        // 800.00: 80000 * 15 / 115 = 10434.78 -> 10435
        assertThat(balance.get("vat").get("vat").asLong()).isEqualTo(10_435);
        assertThat(balance.get("vat").get("net").asLong()).isEqualTo(69_565);

        HttpResponse<byte[]> png = bytes("/tax-documents/" + deposit.get("id").asText() + "/qr.png", c.key());
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type")).contains("image/png");
        String scanned = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(ImageIO.read(new ByteArrayInputStream(png.body())))))).getText();
        assertThat(scanned).isEqualTo(deposit.get("zatcaQr").asText());
        Map<Integer, String> fields = tlv(scanned);
        assertThat(fields.keySet()).containsExactly(1, 2, 3, 4, 5);
        assertThat(fields.get(1)).isEqualTo(SELLER_AR);
        assertThat(fields.get(2)).isEqualTo(VAT_NUMBER);
        assertThat(Instant.parse(fields.get(3))).isEqualTo(Instant.parse(deposit.get("issuedAt").asText())
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        assertThat(fields.get(4)).isEqualTo("200.00");
        assertThat(fields.get(5)).isEqualTo("26.09");
    }

    @Test
    void whereListPricesExcludeVatThePatientOwesThePricePlusVatAndTheInvoiceShowsTheListPriceAsNet() {
        Clinic c = Clinics.open(api(), "Asia/Riyadh", 500);
        Reply saved = api().put("/locations/" + c.location() + "/tax-settings", c.key(), Map.of("sellerNameAr",
                SELLER_AR, "sellerNameEn", SELLER_EN, "vatNumber", VAT_NUMBER, "pricesIncludeVat", false));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        String appointment = booked(c, "2027-01-11T07:00:00Z");
        // PRP lists 1000.00 with a 200.00 deposit; 15% goes on top of both.
        JsonNode booked = api().get("/appointments/" + appointment, c.key()).json();
        assertThat(booked.get("price").get("amount").asLong()).isEqualTo(115_000);
        assertThat(booked.get("deposit").get("amount").asLong()).isEqualTo(23_000);
        assertThat(pay(c, appointment, "DEPOSIT", "CASH").status()).isEqualTo(201);
        assertThat(pay(c, appointment, "BALANCE", "CASH").status()).isEqualTo(201);

        JsonNode docs = documents(c, appointment);
        assertThat(docs.get(0).get("vat").get("gross").asLong()).isEqualTo(23_000);
        assertThat(docs.get(0).get("vat").get("net").asLong()).isEqualTo(20_000);
        assertThat(docs.get(0).get("vat").get("vat").asLong()).isEqualTo(3_000);
        assertThat(docs.get(1).get("vat").get("net").asLong()).isEqualTo(80_000);
        assertThat(docs.get(1).get("vat").get("vat").asLong()).isEqualTo(12_000);
    }

    @Test
    void theInvoicePdfReadsBackInArabicAndInEnglish() throws Exception {
        Clinic c = registeredClinic(null);
        String appointment = booked(c, "2027-01-11T07:00:00Z");
        assertThat(pay(c, appointment, "DEPOSIT", "CASH").status()).isEqualTo(201);
        String id = documents(c, appointment).get(0).get("id").asText();

        String arabic = pdfText("/tax-documents/" + id + "/pdf?lang=ar", c.key());
        assertThat(arabic).contains("فاتورة ضريبية مبسطة", "الرقم الضريبي", "ضريبة القيمة المضافة", SELLER_AR,
                "INV-000001", VAT_NUMBER, "173.91", "26.09", "200.00", "عربون");
        String english = pdfText("/tax-documents/" + id + "/pdf?lang=en", c.key());
        assertThat(english).contains("Simplified Tax Invoice", "Total including VAT", SELLER_EN, "INV-000001",
                "173.91", "26.09", "200.00", "deposit");

        Reply html = api().send("GET", "/tax-documents/" + id + "/html", c.key(), null,
                Map.of("Accept-Language", "ar"));
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.contentType()).startsWith("text/html");
        assertThat(html.body()).contains("dir=\"rtl\"", "فاتورة ضريبية مبسطة", "data:image/png;base64,");
        assertThat(html.header("Content-Security-Policy")).contains("default-src 'none'").doesNotContain("script");
    }

    @Test
    void aRefundGetsACreditNoteAndTheLastNoteTakesWhatIsLeftOfTheVat() {
        Clinic c = registeredClinic(null);
        String appointment = booked(c, "2027-01-12T07:00:00Z");
        String payment = pay(c, appointment, "BALANCE", "CASH").text("id");
        Reply first = api().post("/payments/" + payment + "/refunds", c.key(), Map.of("amount", 5_000));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.text("status")).isEqualTo("SUCCEEDED");
        Reply rest = api().post("/payments/" + payment + "/refunds", c.key(), Map.of());
        assertThat(rest.status()).as(rest.toString()).isEqualTo(201);

        JsonNode docs = documents(c, appointment);
        assertThat(docs).hasSize(3);
        JsonNode invoice = docs.get(0);
        assertThat(invoice.get("vat").get("gross").asLong()).isEqualTo(100_000);
        assertThat(invoice.get("vat").get("vat").asLong()).isEqualTo(13_043); // 100000 * 15 / 115 = 13043.48
        JsonNode note1 = docs.get(1);
        assertThat(note1.get("type").asText()).isEqualTo("CREDIT_NOTE");
        assertThat(note1.get("number").asText()).isEqualTo("CN-000001");
        assertThat(note1.get("refundId").asText()).isEqualTo(first.text("id"));
        assertThat(note1.get("originalDocumentId").asText()).isEqualTo(invoice.get("id").asText());
        assertThat(note1.get("creditsNumber").asText()).isEqualTo("INV-000001");
        assertThat(note1.get("vat").get("gross").asLong()).isEqualTo(5_000);
        assertThat(note1.get("vat").get("vat").asLong()).isEqualTo(652); // 5000 * 15 / 115 = 652.17
        assertThat(note1.get("zatcaQr").isNull()).isTrue();
        JsonNode note2 = docs.get(2);
        assertThat(note2.get("number").asText()).isEqualTo("CN-000002");
        assertThat(note2.get("vat").get("gross").asLong()).isEqualTo(95_000);
        // 95000 alone would round to 12391; the last note credits exactly what is left: 13043 - 652
        assertThat(note2.get("vat").get("vat").asLong()).isEqualTo(12_391);
        assertThat(note1.get("vat").get("vat").asLong() + note2.get("vat").get("vat").asLong())
                .isEqualTo(invoice.get("vat").get("vat").asLong());
        assertThat(api().get("/tax-documents/" + note1.get("id").asText() + "/qr.png", c.key()).status())
                .as("credit notes carry no QR").isEqualTo(404);
    }

    @Test
    void aCardPaymentIsInvoicedWhenStripeConfirmsItOnceHoweverOftenTheEventComes() {
        Clinic c = registeredClinic("acct_1InvoiceCardA");
        String appointment = booked(c, "2027-01-13T07:00:00Z");
        Reply deposit = pay(c, appointment, "DEPOSIT", "CARD");
        assertThat(deposit.status()).as(deposit.toString()).isEqualTo(201);
        assertThat(documents(c, appointment)).as("not paid yet").isEmpty();
        ObjectNode intent = STRIPE.intent(deposit.text("stripePaymentIntentId"));
        intent.put("status", "succeeded");
        String eventId = "evt_" + UUID.randomUUID();
        assertThat(webhook("payment_intent.succeeded", intent, "acct_1InvoiceCardA", eventId).status()).isEqualTo(200);
        assertThat(webhook("payment_intent.succeeded", intent, "acct_1InvoiceCardA", "evt_" + UUID.randomUUID())
                .status()).isEqualTo(200);
        JsonNode docs = documents(c, appointment);
        assertThat(docs).hasSize(1);
        assertThat(docs.get(0).get("paymentId").asText()).isEqualTo(deposit.text("id"));
        assertThat(docs.get(0).get("vat").get("gross").asLong()).isEqualTo(20_000);
    }

    @Test
    void aLocationNotRegisteredForVatIssuesNoInvoices() {
        Clinic c = Clinics.open(api(), "Asia/Riyadh", 500);
        String appointment = booked(c, "2027-01-14T07:00:00Z");
        assertThat(pay(c, appointment, "DEPOSIT", "CASH").status()).isEqualTo(201);
        assertThat(documents(c, appointment)).isEmpty();
    }

    /**
     * Hand-computed fixture: deposit 200.00 and balance 800.00 in cash on one visit, a 200.00 card
     * deposit on another, 50.00 of the cash balance handed back. Expected in the drawer:
     * 200 + 800 - 50 = 950.00; card 200.00. Counted 940.00: variance -10.00.
     */
    @Test
    void theDayCloseCountsTheDrawerAndThenRefusesCashOnThatDay() {
        Clinic c = registeredClinic("acct_1InvoiceDayClose");
        String first = booked(c, "2027-01-15T07:00:00Z");
        String second = booked(c, "2027-01-16T07:00:00Z");
        LocalDate day = LocalDate.ofInstant(TestRegimenApplication.CLOCK.instant(), RIYADH);
        assertThat(pay(c, first, "DEPOSIT", "CASH").status()).isEqualTo(201);
        String balance = pay(c, first, "BALANCE", "CASH").text("id");
        Reply card = pay(c, second, "DEPOSIT", "CARD");
        ObjectNode intent = STRIPE.intent(card.text("stripePaymentIntentId"));
        intent.put("status", "succeeded");
        assertThat(webhook("payment_intent.succeeded", intent, "acct_1InvoiceDayClose", "evt_" + UUID.randomUUID())
                .status()).isEqualTo(200);
        String refund = api().post("/payments/" + balance + "/refunds", c.key(), Map.of("amount", 5_000)).text("id");
        assumeTrue(day.equals(LocalDate.ofInstant(TestRegimenApplication.CLOCK.instant(), RIYADH)),
                "the fixture ran across midnight in Riyadh");
        String path = "/locations/" + c.location() + "/days/" + day;

        JsonNode open = api().get(path, c.key()).json();
        assertThat(open.get("closed").asBoolean()).isFalse();
        assertThat(open.get("expectedCash").asLong()).isEqualTo(95_000);
        assertThat(open.get("payments")).hasSize(3);
        assertThat(open.get("refunds")).hasSize(1);
        assertThat(open.get("refunds").get(0).get("id").asText()).isEqualTo(refund);
        assertThat(open.get("invoices")).hasSize(3);
        assertThat(open.get("creditNotes")).hasSize(1);
        assertThat(open.get("netByMethod").get("CASH").get("SAR").asLong()).isEqualTo(95_000);
        assertThat(open.get("netByMethod").get("CARD").get("SAR").asLong()).isEqualTo(20_000);

        String frontDesk = keyWithRole(c, "FRONT_DESK");
        Reply closed = api().post(path + "/close", frontDesk, Map.of("countedCash", 94_000, "note", "short 10"));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(201);
        JsonNode close = closed.json().get("close");
        assertThat(close.get("expectedCash").asLong()).isEqualTo(95_000);
        assertThat(close.get("countedCash").asLong()).isEqualTo(94_000);
        assertThat(close.get("variance").asLong()).isEqualTo(-1_000);
        assertThat(close.get("expectedByMethod").get("CASH").asLong()).isEqualTo(95_000);
        assertThat(close.get("expectedByMethod").get("CARD").asLong()).isEqualTo(20_000);
        assertThat(close.get("closedBy").asText()).isNotBlank();
        assertThat(api().get(path, c.key()).json().get("closed").asBoolean()).isTrue();

        long paymentsBefore = DB.count("SELECT COUNT(*) FROM payments WHERE tenant_id = ?", c.tenant().tenantId());
        long refundsBefore = DB.count("SELECT COUNT(*) FROM payment_refunds WHERE tenant_id = ?",
                c.tenant().tenantId());
        String third = booked(c, "2027-01-17T07:00:00Z");
        Reply lateCash = pay(c, third, "DEPOSIT", "CASH");
        assertThat(lateCash.status()).as(lateCash.toString()).isEqualTo(409);
        assertThat(lateCash.text("code")).isEqualTo("DAY_CLOSED");
        Reply lateRefund = api().post("/payments/" + balance + "/refunds", c.key(), Map.of("amount", 1_000));
        assertThat(lateRefund.status()).isEqualTo(409);
        assertThat(lateRefund.text("code")).isEqualTo("DAY_CLOSED");
        assertThat(DB.count("SELECT COUNT(*) FROM payments WHERE tenant_id = ?", c.tenant().tenantId()))
                .as("nothing written").isEqualTo(paymentsBefore);
        assertThat(DB.count("SELECT COUNT(*) FROM payment_refunds WHERE tenant_id = ?", c.tenant().tenantId()))
                .isEqualTo(refundsBefore);
        assertThat(DB.count("SELECT COUNT(*) FROM tax_documents WHERE tenant_id = ?", c.tenant().tenantId()))
                .isEqualTo(4);

        assertThat(api().post(path + "/close", c.key(), Map.of("countedCash", 0)).text("code"))
                .isEqualTo("DAY_ALREADY_CLOSED");
        assertThat(api().post("/locations/" + c.location() + "/days/" + day.plusDays(2) + "/close", c.key(),
                Map.of("countedCash", 0)).text("code")).isEqualTo("DAY_NOT_STARTED");
        assertThat(api().post("/locations/" + c.location() + "/days/" + day.minusDays(1) + "/close", c.key(),
                Map.of("countedCash", -1)).status()).isEqualTo(400);
        assertThat(api().get("/locations/" + c.location() + "/days/2027-02-30", c.key()).text("code"))
                .isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void anotherClinicChainSeesNoneOfItAndRolesAreEnforced() throws Exception {
        Clinic c = registeredClinic(null);
        String appointment = booked(c, "2027-01-18T07:00:00Z");
        assertThat(pay(c, appointment, "DEPOSIT", "CASH").status()).isEqualTo(201);
        String id = documents(c, appointment).get(0).get("id").asText();
        String day = LocalDate.ofInstant(TestRegimenApplication.CLOCK.instant(), RIYADH).toString();

        String other = Tenants.signUp(api(), "Other").apiKey();
        for (String path : List.of("/locations/" + c.location() + "/tax-settings",
                "/appointments/" + appointment + "/tax-documents", "/tax-documents/" + id,
                "/tax-documents/" + id + "/html", "/locations/" + c.location() + "/days/" + day)) {
            Reply reply = api().get(path, other);
            assertThat(reply.status()).as(path).isEqualTo(404);
            assertThat(reply.body()).doesNotContain(SELLER_EN, VAT_NUMBER);
        }
        assertThat(bytes("/tax-documents/" + id + "/pdf", other).statusCode()).isEqualTo(404);
        assertThat(bytes("/tax-documents/" + id + "/qr.png", other).statusCode()).isEqualTo(404);
        assertThat(api().put("/locations/" + c.location() + "/tax-settings", other, Map.of("sellerNameAr", "x",
                "sellerNameEn", "x", "vatNumber", VAT_NUMBER)).status()).isEqualTo(404);
        assertThat(api().post("/locations/" + c.location() + "/days/" + day + "/close", other,
                Map.of("countedCash", 0)).status()).isEqualTo(404);
        assertThat(api().get("/locations/" + c.location() + "/tax-settings", c.key()).json().get("sellerNameEn")
                .asText()).as("unchanged").isEqualTo(SELLER_EN);
        assertThat(api().get("/locations/" + c.location() + "/days/" + day, c.key()).json().get("closed").asBoolean())
                .isFalse();

        String frontDesk = keyWithRole(c, "FRONT_DESK");
        String practitioner = keyWithRole(c, "PRACTITIONER");
        assertThat(api().get("/tax-documents/" + id, frontDesk).status()).isEqualTo(200);
        assertThat(bytes("/tax-documents/" + id + "/pdf", frontDesk).statusCode()).isEqualTo(200);
        assertThat(api().get("/locations/" + c.location() + "/days/" + day, frontDesk).status()).isEqualTo(200);
        assertThat(api().get("/locations/" + c.location() + "/tax-settings", frontDesk).status()).isEqualTo(403);
        assertThat(api().put("/locations/" + c.location() + "/tax-settings", frontDesk, Map.of()).status())
                .isEqualTo(403);
        assertThat(api().get("/tax-documents/" + id, practitioner).status()).isEqualTo(403);
        assertThat(api().get("/appointments/" + appointment + "/tax-documents", practitioner).status())
                .isEqualTo(403);
        assertThat(api().get("/locations/" + c.location() + "/days/" + day, practitioner).status()).isEqualTo(403);
        assertThat(api().post("/locations/" + c.location() + "/days/" + day + "/close", practitioner,
                Map.of("countedCash", 0)).status()).isEqualTo(403);
    }

    private Reply webhook(String type, ObjectNode intent, String account, String eventId) {
        ObjectNode event = JSON.createObjectNode();
        event.put("id", eventId);
        event.put("object", "event");
        event.put("type", type);
        event.put("account", account);
        event.put("api_version", Stripe.API_VERSION);
        event.put("created", TestRegimenApplication.CLOCK.instant().getEpochSecond());
        event.putObject("data").set("object", intent);
        String payload = event.toString();
        String signature = StripeSignatures.header(WEBHOOK_SECRET, payload,
                TestRegimenApplication.CLOCK.instant().getEpochSecond());
        return api().send("POST", "/webhooks/stripe", null, payload, Map.of("Stripe-Signature", signature));
    }

    private static String pdfText(String path, String token) throws Exception {
        HttpResponse<byte[]> response = bytes(path, token);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/pdf");
        try (PDDocument document = Loader.loadPDF(response.body())) {
            return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
        }
    }

    private static Map<Integer, String> tlv(String base64) {
        byte[] bytes = Base64.getDecoder().decode(base64);
        Map<Integer, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < bytes.length; i += 2 + (bytes[i + 1] & 0xff)) {
            fields.put(bytes[i] & 0xff, new String(bytes, i + 2, bytes[i + 1] & 0xff, StandardCharsets.UTF_8));
        }
        return fields;
    }
}
