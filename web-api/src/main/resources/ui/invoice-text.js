// The words of the invoice and day-close screens, in both languages (kept apart from i18n.js so
// the screens can grow without touching the shared dictionary).
import { language } from './i18n.js';

const TEXT = {
  en: {
    taxDocuments: 'Tax invoices', printInvoice: 'Print', downloadPdf: 'PDF', INVOICE: 'Invoice',
    CREDIT_NOTE: 'Credit note', noDocuments: 'No invoice yet: one is issued for each payment received.',
    dayClose: 'Day close', expectedCash: 'Cash expected in the drawer', countedCash: 'Cash counted',
    variance: 'Variance', closeDay: 'Close the day', dayClosed: 'Day closed', closedBy: 'Closed by',
    payments: 'Payments', refunds: 'Refunds', invoices: 'Invoices', creditNotes: 'Credit notes',
    netByMethod: 'Net takings', CASH: 'Cash', CARD: 'Card', note: 'Note', vat: 'VAT',
  },
  ar: {
    taxDocuments: 'الفواتير الضريبية', printInvoice: 'طباعة', downloadPdf: 'PDF', INVOICE: 'فاتورة',
    CREDIT_NOTE: 'إشعار دائن', noDocuments: 'لا فاتورة بعد: تصدر فاتورة لكل دفعة مستلمة.',
    dayClose: 'إقفال اليوم', expectedCash: 'النقد المتوقع في الدرج', countedCash: 'النقد المعدود',
    variance: 'الفرق', closeDay: 'إقفال اليوم', dayClosed: 'اليوم مقفل', closedBy: 'أقفله',
    payments: 'المدفوعات', refunds: 'المبالغ المستردة', invoices: 'الفواتير', creditNotes: 'الإشعارات الدائنة',
    netByMethod: 'صافي المقبوضات', CASH: 'نقدًا', CARD: 'بطاقة', note: 'ملاحظة', vat: 'ضريبة القيمة المضافة',
  },
};

export function tt(key) {
  return (TEXT[language()] || TEXT.en)[key] || TEXT.en[key] || key;
}
