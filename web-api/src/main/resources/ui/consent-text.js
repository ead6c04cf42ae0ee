// The words of the consent and care-instruction screens, in both languages (kept apart from i18n.js
// so these screens can grow without touching the shared dictionary).
import { language } from './i18n.js';

const TEXT = {
  en: {
    consent: 'Consent', consentTitle: 'Consent to treatment', risks: 'Risks', alternatives: 'Alternatives',
    typedName: 'Patient types their name', drawMark: 'Patient signs here', clearMark: 'Clear', sign: 'Sign',
    signed: 'Consent signed', witness: 'Witness', formVersion: 'Form version', noConsentForm: 'This treatment needs no signed consent.',
    consentRequired: 'The patient must sign the consent for this treatment before check-in.',
    signConsent: 'Sign consent', printConsent: 'Print signed consent', consentSigned: 'Consent signed',
    consentMissing: 'Consent not signed', consentOutdated: 'New consent version: sign again',
    preCare: 'Before the session', afterCare: 'After the session', confirmation: 'Print confirmation',
    markEmpty: 'The patient has not drawn a mark yet.', nameEmpty: 'The patient types their name.',
  },
  ar: {
    consent: 'الموافقة', consentTitle: 'إقرار بالموافقة على العلاج', risks: 'المخاطر', alternatives: 'البدائل',
    typedName: 'يكتب المريض اسمه', drawMark: 'يوقّع المريض هنا', clearMark: 'مسح', sign: 'توقيع',
    signed: 'تم توقيع الموافقة', witness: 'الشاهد', formVersion: 'إصدار النموذج', noConsentForm: 'هذا العلاج لا يحتاج إلى موافقة موقعة.',
    consentRequired: 'يجب أن يوقّع المريض على الموافقة على هذا العلاج قبل تسجيل الحضور.',
    signConsent: 'توقيع الموافقة', printConsent: 'طباعة الموافقة الموقعة', consentSigned: 'الموافقة موقعة',
    consentMissing: 'الموافقة غير موقعة', consentOutdated: 'إصدار جديد من الموافقة: يلزم توقيع جديد',
    preCare: 'قبل الجلسة', afterCare: 'بعد الجلسة', confirmation: 'طباعة تأكيد الموعد',
    markEmpty: 'لم يرسم المريض توقيعه بعد.', nameEmpty: 'يكتب المريض اسمه.',
  },
};

/** A word in {@code lang} (the patient's, for what the patient reads), else in the desk's language. */
export function ct(key, lang) {
  return (TEXT[lang || language()] || TEXT.en)[key] || TEXT.en[key] || key;
}
