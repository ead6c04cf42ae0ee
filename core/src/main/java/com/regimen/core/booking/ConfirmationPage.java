package com.regimen.core.booking;

import com.regimen.core.consent.CareSheet;
import com.regimen.core.printing.PrintedPage;
import org.w3c.dom.Element;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import static com.regimen.core.printing.PrintedPage.child;

/**
 * The printable appointment confirmation handed to the patient: where and when, with whom, and the
 * pre-care to follow before the session, in the patient's language (Arabic right to left).
 */
final class ConfirmationPage {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final String STYLE = """
            @page { size: A4; margin: 18mm; }
            body { font-family: 'DejaVu Sans', sans-serif; font-size: 11pt; color: #111; }
            h1 { font-size: 16pt; margin: 0 0 8pt 0; }
            h2 { font-size: 12pt; margin: 14pt 0 4pt 0; }
            table { border-collapse: collapse; width: 100%; }
            td { border: none; padding: 2pt 4pt; text-align: START; }
            li { text-align: START; }
            """;
    private static final Map<String, String[]> WORDS = Map.ofEntries(
            Map.entry("title", new String[]{"تأكيد الموعد", "Appointment confirmation"}),
            Map.entry("patient", new String[]{"المريض", "Patient"}),
            Map.entry("treatment", new String[]{"العلاج", "Treatment"}),
            Map.entry("date", new String[]{"التاريخ", "Date"}),
            Map.entry("time", new String[]{"الوقت", "Time"}),
            Map.entry("location", new String[]{"الفرع", "Branch"}),
            Map.entry("practitioner", new String[]{"المعالج", "Practitioner"}),
            Map.entry("session", new String[]{"الجلسة", "Session"}),
            Map.entry("preCare", new String[]{"قبل الجلسة", "Before your session"}));

    private ConfirmationPage() {
    }

    /** What the page shows besides the appointment itself. */
    record Details(String patientName, String treatmentName, String locationName, ZoneId zone,
                   String practitionerName) {
    }

    static PrintedPage build(Appointment appointment, Details details, CareSheet care) {
        String lang = care.language();
        PrintedPage page = PrintedPage.start(lang, word("title", lang), STYLE);
        Element body = page.body();
        child(body, "h1", word("title", lang));
        Element facts = child(body, "table");
        fact(facts, word("patient", lang), details.patientName());
        fact(facts, word("treatment", lang), details.treatmentName());
        if (appointment.courseId() != null) {
            fact(facts, word("session", lang), String.valueOf(appointment.sessionNumber()));
        }
        var start = appointment.startsAt().atZone(details.zone());
        number(facts, word("date", lang), DAY.format(start));
        number(facts, word("time", lang), TIME.format(start) + "–" + TIME.format(appointment.endsAt()
                .atZone(details.zone())));
        fact(facts, word("location", lang), details.locationName());
        fact(facts, word("practitioner", lang), details.practitionerName());
        if (!care.preCare().isEmpty()) {
            child(body, "h2", word("preCare", lang));
            Element ul = child(body, "ul");
            ul.setAttribute("class", "pre-care");
            care.preCare().forEach(line -> child(ul, "li", line));
        }
        return page;
    }

    private static void fact(Element table, String label, String value) {
        Element tr = child(table, "tr");
        child(tr, "td", label);
        child(tr, "td", value);
    }

    /** Digits and the dash of a time range read left to right inside Arabic text. */
    private static void number(Element table, String label, String value) {
        Element tr = child(table, "tr");
        child(tr, "td", label);
        child(tr, "td", value).setAttribute("dir", "ltr");
    }

    private static String word(String key, String language) {
        return WORDS.get(key)["ar".equals(language) ? 0 : 1];
    }
}
