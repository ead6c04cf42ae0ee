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
  },
};

/** A word in the desk's language. */
export function mt(key) {
  return (TEXT[language()] || TEXT.en)[key] || TEXT.en[key] || key;
}
