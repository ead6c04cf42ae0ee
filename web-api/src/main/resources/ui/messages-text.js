// The words of the patient-messages section, in both languages (kept apart from i18n.js, as
// consent-text.js is, so this screen can grow without touching the shared dictionary).
import { language } from './i18n.js';

const TEXT = {
  en: {
    messages: 'Messages to the patient', noMessages: 'No messages yet.', optedOut: 'Opted out',
    EMAIL: 'Email', SMS: 'SMS', WHATSAPP: 'WhatsApp',
    CONFIRMATION: 'Confirmation', REMINDER: 'Reminder', RESCHEDULE: 'Moved', CANCELLATION: 'Cancelled',
    AFTER_CARE: 'After-care', NO_SHOW_FEE: 'No-show fee', REFUND: 'Refund',
    PENDING: 'Waiting', DEFERRED: 'Deferred', SENT: 'Sent', SKIPPED: 'Not sent', FAILED: 'Failed',
    NOT_SENT_OPTED_OUT: 'opted out', NOT_SENT_CHANNEL_NOT_CONFIGURED: 'channel not set up',
    NOT_SENT_VISIT_CANCELLED: 'visit cancelled', NOT_SENT_VISIT_MOVED: 'visit moved',
    NOT_SENT_VISIT_STARTED: 'visit started', NOT_SENT_VISIT_NOT_AHEAD: 'visit no longer ahead',
    NOT_SENT_NO_EMAIL: 'no email address', NOT_SENT_NO_PHONE: 'no phone number',
    DEFERRED_QUIET_HOURS: 'quiet hours', retrying: 'retrying',
    // The back office's messages tab.
    patientMessages: 'Patient messages', reminderHours: 'Reminders, hours before the visit',
    reminderHoursHint: 'Up to four, from 1 to 336 hours, separated by commas: 48, 24.',
    quietFrom: 'Quiet hours from', quietTo: 'Quiet hours until', channels: 'Channels', save: 'Save',
    saved: 'Saved.', templates: 'Wording', templatesHint: 'Each message as the patient reads it, in Arabic and '
      + 'English. Until you change one, the shipped wording is used.', message: 'Message', language: 'Language',
    wording: 'Wording', customised: 'Your own', shipped: 'Shipped', edit: 'Edit', subject: 'Subject', body: 'Text',
    variablesHint: 'Placeholders: {{patientName}}, {{clinic}}, {{treatment}}, {{practitioner}}, {{date}}, '
      + '{{time}}, {{link}}, {{amount}}; lists {{#preCare}}{{.}}{{/preCare}} and {{#afterCare}}{{.}}{{/afterCare}}.',
    reset: 'Back to the shipped wording', resetDone: 'The shipped wording is back.',
  },
  ar: {
    messages: 'الرسائل إلى المريض', noMessages: 'لا توجد رسائل بعد.', optedOut: 'ألغى الاشتراك',
    EMAIL: 'البريد الإلكتروني', SMS: 'رسالة نصية', WHATSAPP: 'واتساب',
    CONFIRMATION: 'تأكيد', REMINDER: 'تذكير', RESCHEDULE: 'تغيير الموعد', CANCELLATION: 'إلغاء',
    AFTER_CARE: 'العناية بعد الجلسة', NO_SHOW_FEE: 'رسوم عدم الحضور', REFUND: 'استرداد',
    PENDING: 'بالانتظار', DEFERRED: 'مؤجلة', SENT: 'أُرسلت', SKIPPED: 'لم تُرسل', FAILED: 'فشلت',
    NOT_SENT_OPTED_OUT: 'ألغى المريض الاشتراك', NOT_SENT_CHANNEL_NOT_CONFIGURED: 'القناة غير مهيأة',
    NOT_SENT_VISIT_CANCELLED: 'أُلغي الموعد', NOT_SENT_VISIT_MOVED: 'تغيّر الموعد',
    NOT_SENT_VISIT_STARTED: 'بدأ الموعد', NOT_SENT_VISIT_NOT_AHEAD: 'لم يعد الموعد قادمًا',
    NOT_SENT_NO_EMAIL: 'لا يوجد بريد إلكتروني', NOT_SENT_NO_PHONE: 'لا يوجد رقم هاتف',
    DEFERRED_QUIET_HOURS: 'ساعات الهدوء', retrying: 'إعادة المحاولة',
    patientMessages: 'رسائل المرضى', reminderHours: 'التذكيرات: عدد الساعات قبل الموعد',
    reminderHoursHint: 'حتى أربعة، من ١ إلى ٣٣٦ ساعة، مفصولة بفواصل: ٤٨، ٢٤.',
    quietFrom: 'ساعات الهدوء من', quietTo: 'ساعات الهدوء حتى', channels: 'القنوات', save: 'حفظ',
    saved: 'تم الحفظ.', templates: 'نص الرسائل', templatesHint: 'كل رسالة كما يقرؤها المريض بالعربية '
      + 'والإنجليزية. يُستخدم النص المرفق إلى أن تغيّره.', message: 'الرسالة', language: 'اللغة',
    wording: 'النص', customised: 'نصك الخاص', shipped: 'النص المرفق', edit: 'تعديل', subject: 'العنوان', body: 'النص',
    variablesHint: 'المتغيرات: {{patientName}}، {{clinic}}، {{treatment}}، {{practitioner}}، {{date}}، '
      + '{{time}}، {{link}}، {{amount}}؛ والقوائم {{#preCare}}{{.}}{{/preCare}} و{{#afterCare}}{{.}}{{/afterCare}}.',
    reset: 'العودة إلى النص المرفق', resetDone: 'عاد النص المرفق.',
  },
};

/** A word in the desk's language. */
export function mt(key) {
  return (TEXT[language()] || TEXT.en)[key] || TEXT.en[key] || key;
}
