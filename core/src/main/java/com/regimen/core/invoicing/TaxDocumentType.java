package com.regimen.core.invoicing;

/** The two documents, each numbered in its own series per location. */
public enum TaxDocumentType {
    INVOICE("INV"),
    CREDIT_NOTE("CN");

    private final String series;

    TaxDocumentType(String series) {
        this.series = series;
    }

    public String series() {
        return series;
    }
}
