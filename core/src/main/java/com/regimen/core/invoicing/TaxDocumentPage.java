package com.regimen.core.invoicing;

import com.regimen.core.printing.PrintedPage;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;

/**
 * A tax invoice or credit note as a printable XHTML page, in Arabic (right to left) or English.
 * Built as a DOM, so every value is escaped by the XML library; the same page becomes the PDF.
 */
public final class TaxDocumentPage {
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String STYLE = """
            @page { size: A4; margin: 18mm; }
            body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; color: #111; }
            h1 { font-size: 16pt; margin: 0 0 8pt 0; }
            table { border-collapse: collapse; width: 100%; margin-top: 10pt; }
            th, td { border: 1px solid #999; padding: 4pt; text-align: START; }
            .facts td { border: none; padding: 2pt 4pt; }
            .amount { text-align: END; }
            .qr { margin-top: 12pt; width: 140px; height: 140px; }
            h2 { font-size: 11pt; margin: 12pt 0 4pt 0; }
            .after-care li { text-align: START; }
            """;

    private TaxDocumentPage() {
    }

    /**
     * What the page shows besides the document itself. {@code afterCare} is in {@code afterCareLanguage}
     * (the patient's, which may not be the page's); {@code card} is the card a reader took the payment
     * from, null for cash or a card not present.
     */
    public record Context(String language, String locationName, ZoneId zone, String treatmentName,
                          String creditedNumber, List<String> afterCare, String afterCareLanguage,
                          PresentedCard card) {
        public Context {
            afterCare = afterCare == null ? List.of() : List.copyOf(afterCare);
            afterCareLanguage = afterCareLanguage == null ? language : afterCareLanguage;
        }

        public Context(String language, String locationName, ZoneId zone, String treatmentName,
                       String creditedNumber, List<String> afterCare) {
            this(language, locationName, zone, treatmentName, creditedNumber, afterCare, language, null);
        }

        public Context(String language, String locationName, ZoneId zone, String treatmentName,
                       String creditedNumber) {
            this(language, locationName, zone, treatmentName, creditedNumber, List.of());
        }
    }

    public static Document build(TaxDocument doc, Context context) {
        String lang = "ar".equals(context.language()) ? "ar" : "en";
        Document page = newDocument();
        Element html = page.createElementNS(XHTML, "html");
        html.setAttribute("lang", lang);
        html.setAttribute("dir", "ar".equals(lang) ? "rtl" : "ltr");
        page.appendChild(html);
        Element head = child(html, "head");
        Element meta = child(head, "meta");
        meta.setAttribute("charset", "UTF-8");
        String title = title(doc, lang);
        text(child(head, "title"), title + " " + doc.displayNumber());
        // CSS 2.1 (what the PDF renderer reads) has no start/end: the sides follow the language.
        text(child(head, "style"), "ar".equals(lang)
                ? STYLE.replace("START", "right").replace("END", "left")
                : STYLE.replace("START", "left").replace("END", "right"));
        Element body = child(html, "body");
        text(child(body, "h1"), title);

        Element facts = child(body, "table");
        facts.setAttribute("class", "facts");
        fact(facts, DocumentLabels.word("number", lang), doc.displayNumber());
        fact(facts, DocumentLabels.word("issued", lang), WHEN.format(doc.issuedAt().atZone(context.zone())));
        fact(facts, DocumentLabels.word("seller", lang), "ar".equals(lang) ? doc.sellerNameAr() : doc.sellerNameEn());
        fact(facts, "", "ar".equals(lang) ? doc.sellerNameEn() : doc.sellerNameAr());
        fact(facts, DocumentLabels.word("vatNumber", lang), doc.vatNumber());
        fact(facts, DocumentLabels.word("location", lang), context.locationName());
        if (context.creditedNumber() != null) {
            fact(facts, DocumentLabels.word("credits", lang), context.creditedNumber());
        }
        fact(facts, DocumentLabels.word("currency", lang), doc.currency());
        // A card-present receipt must name the card and how it was read.
        if (context.card() != null) {
            PresentedCard card = context.card();
            fact(facts, DocumentLabels.word("card", lang), DocumentLabels.cardNumber(card.brand(), card.last4()));
            fact(facts, DocumentLabels.word("readMethod", lang), DocumentLabels.readMethod(card.readMethod(), lang));
        }

        Element lines = child(body, "table");
        Element header = child(child(lines, "thead"), "tr");
        for (String key : new String[]{"description", "net", "vatRate", "vat", "gross"}) {
            text(child(header, "th"), DocumentLabels.word(key, lang));
        }
        Element row = child(child(lines, "tbody"), "tr");
        String description = context.treatmentName() + " - " + DocumentLabels.kind(doc.paymentKind(), lang);
        if (doc.type() == TaxDocumentType.CREDIT_NOTE) {
            description = DocumentLabels.word("refund", lang) + ": " + description;
        }
        text(child(row, "td"), description);
        amount(row, Money.decimal(doc.net(), doc.currency()));
        amount(row, percent(doc.vatRateBp()));
        amount(row, Money.decimal(doc.vat(), doc.currency()));
        amount(row, Money.decimal(doc.gross(), doc.currency()));

        Element totals = child(body, "table");
        totals.setAttribute("class", "totals");
        total(totals, DocumentLabels.word("net", lang), Money.decimal(doc.net(), doc.currency()) + " " + doc.currency());
        total(totals, DocumentLabels.word("vat", lang) + " (" + percent(doc.vatRateBp()) + ")",
                Money.decimal(doc.vat(), doc.currency()) + " " + doc.currency());
        total(totals, DocumentLabels.word("gross", lang),
                Money.decimal(doc.gross(), doc.currency()) + " " + doc.currency());

        // The receipt the patient takes home says how to look after the treated skin, in the patient's language.
        if (doc.type() == TaxDocumentType.INVOICE && !context.afterCare().isEmpty()) {
            String careLang = "ar".equals(context.afterCareLanguage()) ? "ar" : "en";
            Element section = child(body, "div");
            section.setAttribute("lang", careLang);
            section.setAttribute("dir", "ar".equals(careLang) ? "rtl" : "ltr");
            text(child(section, "h2"), DocumentLabels.word("afterCare", careLang));
            Element afterCare = child(section, "ul");
            afterCare.setAttribute("class", "after-care");
            context.afterCare().forEach(line -> text(child(afterCare, "li"), line));
        }
        if (doc.country().zatcaQr() && doc.type() == TaxDocumentType.INVOICE) {
            Element qr = child(body, "img");
            qr.setAttribute("class", "qr");
            qr.setAttribute("alt", "ZATCA QR");
            qr.setAttribute("src", "data:image/png;base64,"
                    + Base64.getEncoder().encodeToString(ZatcaQr.png(ZatcaQr.payload(doc), 280)));
        }
        return page;
    }

    /** The page as XHTML text, for the browser's print dialog. */
    public static String xhtml(Document page) {
        return PrintedPage.xhtml(page);
    }

    static String title(TaxDocument doc, String lang) {
        if (doc.type() == TaxDocumentType.CREDIT_NOTE) {
            return DocumentLabels.word("creditNote", lang);
        }
        return DocumentLabels.word(doc.country() == TaxCountry.SA ? "simplifiedInvoice" : "invoice", lang);
    }

    private static String percent(int basisPoints) {
        return java.math.BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros().toPlainString() + "%";
    }

    private static void fact(Element table, String label, String value) {
        Element tr = child(table, "tr");
        text(child(tr, "td"), label);
        text(child(tr, "td"), value);
    }

    private static void total(Element table, String label, String value) {
        Element tr = child(table, "tr");
        text(child(tr, "th"), label);
        amount(tr, value);
    }

    private static void amount(Element tr, String value) {
        Element td = child(tr, "td");
        td.setAttribute("class", "amount");
        // Numbers and currency codes read left to right inside Arabic text.
        td.setAttribute("dir", "ltr");
        text(td, value);
    }

    private static Element child(Element parent, String name) {
        Element element = parent.getOwnerDocument().createElementNS(XHTML, name);
        parent.appendChild(element);
        return element;
    }

    private static void text(Element element, String value) {
        // No empty text nodes: the PDF renderer's bidi pass finds no run in one and fails.
        if (value != null && !value.isEmpty()) {
            element.appendChild(element.getOwnerDocument().createTextNode(value));
        }
    }

    private static Document newDocument() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
