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
            Map.entry("afterCare", new String[]{"العناية بعد الجلسة", "After your session"}),
            Map.entry("card", new String[]{"البطاقة", "Card"}),
            Map.entry("readMethod", new String[]{"طريقة القراءة", "Read by"}),
            Map.entry("read.contactless_emv", new String[]{"لمس (بدون تلامس)", "Tap (contactless)"}),
            Map.entry("read.contactless_magstripe_mode", new String[]{"لمس (بدون تلامس)", "Tap (contactless)"}),
            Map.entry("read.contact_emv", new String[]{"شريحة", "Chip"}),
            Map.entry("read.magnetic_stripe_track2", new String[]{"تمرير الشريط الممغنط", "Swipe"}),
            Map.entry("read.magnetic_stripe_fallback", new String[]{"تمرير الشريط الممغنط", "Swipe"}));

    private DocumentLabels() {
    }

    static String word(String key, String language) {
        String[] pair = WORDS.get(key);
        return pair == null ? null : pair["ar".equals(language) ? 0 : 1];
    }

    /** How a reader read the card; a method this class does not know prints as Stripe names it. */
    static String readMethod(String method, String language) {
        if (method == null) {
            return "-";
        }
        String word = word("read." + method, language);
        return word == null ? method.replace('_', ' ') : word;
    }

    /** The brand and the last four digits, e.g. "VISA •••• 4242" (the brand in capitals, as cards print it). */
    static String cardNumber(String brand, String last4) {
        String name = brand == null ? "" : brand.toUpperCase(java.util.Locale.ROOT) + " ";
        return name + "•••• " + (last4 == null ? "----" : last4);
    }

    /** A payment kind's words; one this class does not know (a newer kind) prints as itself. */
    static String kind(String paymentKind, String language) {
        String word = word("kind." + paymentKind, language);
        return word == null ? paymentKind.toLowerCase(java.util.Locale.ROOT).replace('_', ' ') : word;
    }
}
