package com.regimen.core.invoicing;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The QR code and the PDF, checked by reading them back as a phone and a PDF reader would. */
class TaxDocumentRenderingTest {
    static final String SELLER_AR = "عيادات الوهج للطب التجديدي";
    static final String SELLER_EN = "Glow Regenerative Clinics";
    private static final TaxDocument INVOICE = new TaxDocument("0190f3c0-0000-7000-8000-000000000001",
            TaxDocumentType.INVOICE, "loc", "INV", 42, "pay", "pay", "appt", "prp", "BALANCE", null,
            LocalDate.parse("2026-11-29"), Instant.parse("2026-11-29T08:15:30.123456Z"), TaxCountry.SA, SELLER_AR,
            SELLER_EN, "310122393500003", "SAR", 1500, 100_000, 15_000, 115_000);

    @Test
    void theQrCodeDecodesToEveryZatcaField() throws Exception {
        byte[] png = ZatcaQr.png(ZatcaQr.payload(INVOICE), 280);
        String scanned = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(ImageIO.read(new ByteArrayInputStream(png)))))).getText();
        assertThat(scanned).isEqualTo(ZatcaQr.payload(INVOICE));
        assertThat(tlv(scanned)).containsExactly(
                Map.entry(1, SELLER_AR),
                Map.entry(2, "310122393500003"),
                Map.entry(3, "2026-11-29T08:15:30Z"),
                Map.entry(4, "1150.00"),
                Map.entry(5, "150.00"));
    }

    @Test
    void theArabicPdfReadsBackInArabicWithTheNumberAndTotals() throws Exception {
        String text = pdfText("ar");
        assertThat(text).contains("فاتورة ضريبية مبسطة", "الرقم الضريبي", "ضريبة القيمة المضافة",
                "الإجمالي شامل الضريبة", SELLER_AR, "بلازما", "INV-000042", "310122393500003", "1000.00",
                "150.00", "1150.00", "15%");
    }

    @Test
    void theArabicIsShapedNotJustStored() throws Exception {
        byte[] pdf = TaxDocumentPdf.render(TaxDocumentPage.build(INVOICE, context("ar")), true);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            StringBuilder drawn = new StringBuilder();
            PDFTextStripper glyphs = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    positions.forEach(position -> drawn.append(position.getUnicode()));
                }
            };
            glyphs.getText(document);
            // Joined letters are drawn as the font's presentation forms (U+FE70 to U+FEFF), chosen by the
            // shaper; the text stripper turns them back into letters only when it writes the text out.
            assertThat(drawn.codePoints().filter(c -> c >= 0xFE70 && c <= 0xFEFF).count()).isGreaterThan(20);
        }
    }

    @Test
    void theEnglishPdfReadsBackInEnglish() throws Exception {
        String text = pdfText("en");
        assertThat(text).contains("Simplified Tax Invoice", "VAT number", "Total including VAT", SELLER_EN, SELLER_AR,
                "INV-000042", "2026-11-29 11:15", "1000.00", "150.00", "1150.00", "Riyadh Branch");
    }

    @Test
    void aCardPresentInvoiceNamesTheCardAndHowItWasReadAndCashNamesNone() throws Exception {
        TaxDocumentPage.Context tap = new TaxDocumentPage.Context("en", "Riyadh Branch", ZoneId.of("Asia/Riyadh"),
                "PRP", null, List.of(), "en", new PresentedCard("mada", "0123", "contactless_emv"));
        assertThat(TaxDocumentPage.xhtml(TaxDocumentPage.build(INVOICE, tap)))
                .contains("MADA •••• 0123", "Read by", "Tap (contactless)");
        TaxDocumentPage.Context swipe = new TaxDocumentPage.Context("ar", "فرع الرياض", ZoneId.of("Asia/Riyadh"),
                "PRP", null, List.of(), "ar", new PresentedCard("visa", "4242", "magnetic_stripe_track2"));
        assertThat(TaxDocumentPage.xhtml(TaxDocumentPage.build(INVOICE, swipe)))
                .contains("VISA •••• 4242", "طريقة القراءة", "تمرير الشريط الممغنط");
        // A read method Stripe adds later still prints, as Stripe names it, rather than failing the page.
        TaxDocumentPage.Context newer = new TaxDocumentPage.Context("en", "Riyadh Branch", ZoneId.of("Asia/Riyadh"),
                "PRP", null, List.of(), "en", new PresentedCard("visa", "4242", "some_future_read"));
        byte[] pdf = TaxDocumentPdf.render(TaxDocumentPage.build(INVOICE, newer), false);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("VISA •••• 4242", "some future read");
        }
        assertThat(TaxDocumentPage.xhtml(TaxDocumentPage.build(INVOICE, context("en")))).doesNotContain("Read by");
    }

    @Test
    void theAfterCareIsInThePatientsLanguageWhateverThePagesLanguage() {
        TaxDocumentPage.Context context = new TaxDocumentPage.Context("en", "Riyadh Branch", ZoneId.of("Asia/Riyadh"),
                "PRP", null, List.of("تجنبي الشمس"), "ar", null);
        String html = TaxDocumentPage.xhtml(TaxDocumentPage.build(INVOICE, context));
        assertThat(html).contains("Simplified Tax Invoice", "العناية بعد الجلسة", "تجنبي الشمس",
                "lang=\"ar\"", "dir=\"rtl\"").doesNotContain("After your session");
    }

    @Test
    void thePrintablePageEscapesWhatStaffTyped() {
        TaxDocument hostile = new TaxDocument(INVOICE.id(), INVOICE.type(), "loc", "INV", 1, "p", "p", "a", "prp",
                "DEPOSIT", null, INVOICE.businessDate(), INVOICE.issuedAt(), TaxCountry.AE, "<script>x</script>",
                "A & B </td>", "100123456700003", "AED", 500, 1000, 50, 1050);
        String html = TaxDocumentPage.xhtml(TaxDocumentPage.build(hostile, context("en")));
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;", "A &amp; B &lt;/td&gt;")
                .contains("Tax Invoice").doesNotContain("Simplified").doesNotContain("<img");
    }

    private static TaxDocumentPage.Context context(String language) {
        return new TaxDocumentPage.Context(language, "ar".equals(language) ? "فرع الرياض" : "Riyadh Branch",
                ZoneId.of("Asia/Riyadh"), "ar".equals(language) ? "بلازما غنية بالصفائح" : "PRP", null);
    }

    private static String pdfText(String language) throws Exception {
        byte[] pdf = TaxDocumentPdf.render(TaxDocumentPage.build(INVOICE, context(language)), "ar".equals(language));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // Shaped Arabic is stored as presentation forms; NFKC gives back the letters typed.
            return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
        }
    }

    static Map<Integer, String> tlv(String base64) {
        byte[] bytes = Base64.getDecoder().decode(base64);
        Map<Integer, String> fields = new LinkedHashMap<>();
        int i = 0;
        while (i < bytes.length) {
            int tag = bytes[i] & 0xff;
            int length = bytes[i + 1] & 0xff;
            fields.put(tag, new String(bytes, i + 2, length, StandardCharsets.UTF_8));
            i += 2 + length;
        }
        return fields;
    }
}
