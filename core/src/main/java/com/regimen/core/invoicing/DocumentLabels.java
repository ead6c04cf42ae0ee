package com.regimen.core.invoicing;

import java.util.Map;

/** The printed words of invoices and credit notes, in Arabic and English. */
final class DocumentLabels {
    private static final Map<String, String[]> WORDS = Map.ofEntries(
            Map.entry("simplifiedInvoice", new String[]{"فاتورة ضريبية مبسطة", "Simplified Tax Invoice"}),
            Map.entry("invoice", new String[]{"فاتورة ضريبية", "Tax Invoice"}),
            Map.entry("creditNote", new String[]{"إشعار دائن", "Credit Note"}),
            Map.entry("number", new String[]{"رقم المستند", "Number"}),
            Map.entry("issued", new String[]{"تاريخ الإصدار", "Issued"}),
            Map.entry("seller", new String[]{"البائع", "Seller"}),
            Map.entry("vatNumber", new String[]{"الرقم الضريبي", "VAT number"}),
            Map.entry("location", new String[]{"الفرع", "Branch"}),
            Map.entry("credits", new String[]{"عن الفاتورة", "Credits invoice"}),
            Map.entry("description", new String[]{"البيان", "Description"}),
            Map.entry("net", new String[]{"المبلغ قبل الضريبة", "Total excluding VAT"}),
            Map.entry("vatRate", new String[]{"نسبة الضريبة", "VAT rate"}),
            Map.entry("vat", new String[]{"ضريبة القيمة المضافة", "VAT"}),
            Map.entry("gross", new String[]{"الإجمالي شامل الضريبة", "Total including VAT"}),
            Map.entry("currency", new String[]{"العملة", "Currency"}),
            Map.entry("refund", new String[]{"استرداد", "Refund"}),
            Map.entry("kind.DEPOSIT", new String[]{"عربون", "deposit"}),
            Map.entry("kind.BALANCE", new String[]{"دفعة من المبلغ المستحق", "payment towards the balance"}),
            Map.entry("kind.NO_SHOW_FEE", new String[]{"رسوم عدم الحضور", "no-show fee"}),
            Map.entry("kind.PARTIAL", new String[]{"دفعة جزئية", "part payment"}),
            Map.entry("afterCare", new String[]{"العناية بعد الجلسة", "After your session"}));

    private DocumentLabels() {
    }

    static String word(String key, String language) {
        String[] pair = WORDS.get(key);
        return pair == null ? null : pair["ar".equals(language) ? 0 : 1];
    }

    /** A payment kind's words; one this class does not know (a newer kind) prints as itself. */
    static String kind(String paymentKind, String language) {
        String word = word("kind." + paymentKind, language);
        return word == null ? paymentKind.toLowerCase(java.util.Locale.ROOT).replace('_', ' ') : word;
    }
}
