package com.regimen.core.printing;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.w3c.dom.Document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A printable page as a PDF (openhtmltopdf on PDFBox), for every printed document: tax invoices,
 * signed consents, appointment confirmations. Arabic is shaped and put in visual order by ICU; the
 * embedded DejaVu Sans font has the Arabic glyphs (see fonts/NOTICE for its licence).
 */
public final class PagePdf {
    private static final String FONT_FAMILY = "DejaVu Sans";

    private PagePdf() {
    }

    public static byte[] render(Document page, boolean rightToLeft) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(() -> PagePdf.class.getResourceAsStream("/fonts/DejaVuSans.ttf"), FONT_FAMILY,
                400, BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(() -> PagePdf.class.getResourceAsStream("/fonts/DejaVuSans-Bold.ttf"), FONT_FAMILY,
                700, BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
        builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
        builder.defaultTextDirection(rightToLeft ? BaseRendererBuilder.TextDirection.RTL
                : BaseRendererBuilder.TextDirection.LTR);
        builder.withW3cDocument(page, "about:blank");
        builder.toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }
}
