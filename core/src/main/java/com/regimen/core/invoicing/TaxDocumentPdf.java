package com.regimen.core.invoicing;

import com.regimen.core.printing.PagePdf;
import org.w3c.dom.Document;

/** The printable invoice or credit note as a PDF: the renderer every printed document shares ({@link PagePdf}). */
public final class TaxDocumentPdf {
    private TaxDocumentPdf() {
    }

    public static byte[] render(Document page, boolean rightToLeft) {
        return PagePdf.render(page, rightToLeft);
    }
}
