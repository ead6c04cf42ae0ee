package com.regimen.core.consent;

import com.regimen.core.printing.PrintedPage;
import com.regimen.plugin.spi.LocalizedText;
import org.w3c.dom.Element;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static com.regimen.core.printing.PrintedPage.child;

/** The signed consent form as a printable page, in Arabic (right to left) or English. */
final class ConsentPage {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");
    private static final String STYLE = """
            @page { size: A4; margin: 18mm; }
            body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; color: #111; }
            h1 { font-size: 16pt; margin: 0 0 4pt 0; }
            h2 { font-size: 12pt; margin: 12pt 0 4pt 0; }
            p { margin: 0 0 6pt 0; text-align: START; }
            ul { margin: 0 0 6pt 0; }
            table { border-collapse: collapse; width: 100%; margin-top: 10pt; }
            td { border: none; padding: 2pt 4pt; text-align: START; }
            .mark { margin-top: 6pt; max-width: 300px; max-height: 120px; border-bottom: 1px solid #333; }
            .fingerprint { font-size: 7pt; color: #555; }
            """;
    private static final Map<String, String[]> WORDS = Map.ofEntries(
            Map.entry("title", new String[]{"إقرار بالموافقة على العلاج", "Consent to treatment"}),
            Map.entry("risks", new String[]{"المخاطر", "Risks"}),
            Map.entry("alternatives", new String[]{"البدائل", "Alternatives"}),
            Map.entry("patient", new String[]{"المريض", "Patient"}),
            Map.entry("typedName", new String[]{"الاسم كما كتبه المريض", "Name as typed by the patient"}),
            Map.entry("signedAt", new String[]{"وقت التوقيع", "Signed at"}),
            Map.entry("witness", new String[]{"الشاهد من الموظفين", "Witnessed by"}),
            Map.entry("formVersion", new String[]{"إصدار النموذج", "Form version"}),
            Map.entry("pluginVersion", new String[]{"إصدار العلاج", "Treatment version"}),
            Map.entry("mark", new String[]{"توقيع المريض", "Patient's mark"}),
            Map.entry("fingerprint", new String[]{"بصمة التوقيع (SHA-256)", "Mark fingerprint (SHA-256)"}));

    private ConsentPage() {
    }

    static PrintedPage build(SignedConsent consent, FormAsSigned form, byte[] markPng, String patientName,
                         String language) {
        String lang = "ar".equals(language) ? "ar" : "en";
        String title = word("title", lang) + ": " + form.treatmentName().in(lang);
        PrintedPage page = PrintedPage.start(lang, title, STYLE);
        Element body = page.body();
        child(body, "h1", title);
        for (FormAsSigned.Section section : form.sections()) {
            child(body, "h2", section.title().in(lang));
            child(body, "p", section.text().in(lang));
        }
        list(body, word("risks", lang), form.risks(), lang);
        list(body, word("alternatives", lang), form.alternatives(), lang);

        Element facts = child(body, "table");
        fact(facts, word("patient", lang), patientName);
        fact(facts, word("typedName", lang), consent.typedName());
        fact(facts, word("signedAt", lang), WHEN.format(consent.signedAt().atOffset(ZoneOffset.UTC)));
        fact(facts, word("witness", lang), consent.witnessName());
        fact(facts, word("formVersion", lang), consent.consentVersion());
        fact(facts, word("pluginVersion", lang), consent.treatmentId() + " " + consent.pluginVersion());

        child(body, "h2", word("mark", lang));
        Element mark = child(body, "img");
        mark.setAttribute("class", "mark");
        mark.setAttribute("alt", word("mark", lang));
        mark.setAttribute("src", "data:image/png;base64," + Base64.getEncoder().encodeToString(markPng));
        Element fingerprint = child(body, "p", word("fingerprint", lang) + ": " + consent.markSha256());
        fingerprint.setAttribute("class", "fingerprint");
        fingerprint.setAttribute("dir", "ltr");
        return page;
    }

    private static void list(Element body, String heading, List<LocalizedText> items, String lang) {
        if (items.isEmpty()) {
            return;
        }
        child(body, "h2", heading);
        Element ul = child(body, "ul");
        items.forEach(item -> child(ul, "li", item.in(lang)));
    }

    private static void fact(Element table, String label, String value) {
        Element tr = child(table, "tr");
        child(tr, "td", label);
        child(tr, "td", value);
    }

    private static String word(String key, String language) {
        return WORDS.get(key)["ar".equals(language) ? 0 : 1];
    }
}
