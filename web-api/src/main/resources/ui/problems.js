// What the desk reads when the API refuses: every problem code and field error in English and
// Arabic. The raw code goes to a details line only, for support; the words are the desk's.
import { language } from './i18n.js';

const CODES = {
  en: {
    VALIDATION_FAILED: 'Some fields need correcting.', MALFORMED_JSON: 'The request could not be read.',
    MALFORMED_BODY: 'The request could not be read.', UNKNOWN_FIELD: 'The request had a field it should not.',
    INVALID_TYPE: 'A value is in the wrong format.', UNAUTHENTICATED: 'Your session has ended: sign in again.',
    INVALID_CREDENTIALS: 'The clinic chain ID, email or password is wrong.',
    FORBIDDEN: 'Your role may not do this.', NOT_FOUND: 'It is not there any more.',
    METHOD_NOT_ALLOWED: 'This action is not possible here.', NOT_ACCEPTABLE: 'This action is not possible here.',
    EMAIL_TAKEN: 'A member of staff already has this email.', SKU_TAKEN: 'This item already exists.',
    LOT_EXPIRY_MISMATCH: 'This lot was received before with another expiry date.',
    INSUFFICIENT_STOCK: 'Not enough free stock.', OUT_OF_STOCK: 'The consumables for this treatment are out of stock.',
    SLOT_TAKEN: 'That time was just taken: it is gone from the list. Pick another time.',
    INVALID_TRANSITION: 'The appointment has changed meanwhile; it cannot do that now.',
    CONTRAINDICATED: 'The screening blocks this treatment.',
    CLEARANCE_REQUIRED: 'A physician\u2019s clearance is needed first.',
    INTAKE_STALE: 'The intake form is too old: ask the patient and confirm it or fill it in again.',
    INTAKE_INCOMPLETE: 'The intake form has unanswered required questions.',
    CLEARANCE_NOT_ACCEPTED: 'A clearance is recorded by a physician on the patient, not with the booking.',
    NOTHING_TO_CLEAR: 'Nothing needs a clearance.', FINDING_NOT_PRESENT: 'The patient does not have that finding.',
    PHYSICIAN_REQUIRED: 'Only a signed-in physician can do this.', ALREADY_REVOKED: 'The clearance was revoked already.',
    INTAKE_CHANGED: 'The intake changed meanwhile. Try again.', PREREQUISITE_MISSING: 'A prerequisite is missing (e.g. a patch test).',
    PATCH_TEST_TOO_EARLY: 'The patch test was read too early.', PATCH_TEST_EXPIRED: 'The patch test has expired.',
    PATCH_TEST_POSITIVE: 'The patch test showed a reaction.',
    PRACTITIONER_REQUIRED: 'Only a signed-in practitioner can record this.',
    REVIEW_REQUIRED: 'New intake answers: re-screen before completing.',
    PATCH_TEST_TIME_IN_FUTURE: 'That time is in the future.', PATCH_TEST_READ_BEFORE_APPLIED: 'Read before applied.',
    MEDICINE_EXISTS: 'That medicine is already known.',
    CREDENTIAL_MISSING: 'The practitioner lacks the licence for this treatment.',
    NOT_ACCREDITED: 'The practitioner is not accredited for this treatment.',
    OUTSIDE_HOURS: 'That time is outside opening hours or the practitioner\u2019s shift.',
    ROOM_UNSUITABLE: 'No suitable room is free then.', IN_THE_PAST: 'That time has passed.',
    LOCATION_INACTIVE: 'This location is closed.', IDEMPOTENCY_KEY_IN_USE: 'The same request is still running.',
    IDEMPOTENCY_KEY_REUSED: 'This request was already sent with other details.',
    PAYLOAD_TOO_LARGE: 'Too much text.', UNSUPPORTED_MEDIA_TYPE: 'The request could not be read.',
    NOT_A_SESSION: 'This needs a staff member signed in.', NOT_A_USER: 'This needs a staff member signed in.',
    TREATMENT_NOT_ENABLED: 'The clinic does not offer this treatment.', PRICE_NOT_SET: 'No price is set for this treatment here.',
    SESSIONS_OUT_OF_RANGE: 'That number of sessions is not offered.', PLUGIN_FAILED: 'The treatment could not answer. Nothing was saved; try again.',
    TOO_MANY_ATTEMPTS: 'Too many attempts: wait a moment.', TOO_MANY_REQUESTS: 'Too many requests: wait a moment.',
    NOTHING_DUE: 'Nothing is owed of that kind.', NOT_REFUNDABLE: 'This payment cannot be refunded.',
    AMOUNT_EXCEEDS_DUE: 'That is more than is due.', ALREADY_DISCOUNTED: 'The appointment already has a discount.',
    DISCOUNT_EXCEEDS_UNPAID: 'More is paid than the discounted price: refund first.',
    DISCOUNT_NOT_APPLICABLE: 'This discount does not apply here.', NOT_AWAITING_APPROVAL: 'Already decided.',
    STRIPE_ACCOUNT_TAKEN: 'That Stripe account belongs to another clinic chain.',
    DAY_CLOSED: 'That day is closed: no cash can be taken or returned on it.', DAY_ALREADY_CLOSED: 'The day is closed already.',
    DAY_NOT_STARTED: 'That day has not begun yet.', CARD_DECLINED: 'The card was declined.',
    PAYMENT_REFUSED: 'The payment was refused.', STRIPE_ACCOUNT_MISSING: 'Card payments are not set up.',
    NO_CARD_ON_FILE: 'The patient has no saved card.', PAYMENTS_NOT_CONFIGURED: 'Card payments are not set up; cash works.',
    PAYMENT_PROVIDER_UNAVAILABLE: 'The card service is unreachable. Try again; nothing is charged twice.',
    INTERNAL_ERROR: 'Something went wrong on our side.', DATABASE_UNAVAILABLE: 'The system is busy. Try again shortly.',
    DATABASE_BUSY: 'The system is busy. Try again shortly.', REQUEST_TIMED_OUT: 'That took too long. Try again.',
    SERVICE_UNAVAILABLE: 'The system is busy. Try again shortly.', SIGN_IN_BUSY: 'Busy: try signing in again.',
    PASSWORD_TOO_COMMON: 'That password is too common.', AVAILABILITY_TOO_BROAD: 'Ask for fewer days.',
    SIGNUP_RATE_LIMITED: 'Too many sign-ups: wait a while.', TOKEN_IN_QUERY: 'The request could not be read.',
    INVALID_SIGNATURE: 'The request could not be read.', UNRECOGNISED_MEDICINE: 'A medicine was not recognised.',
    BAD_REQUEST: 'The request could not be read.', CONFLICT: 'It changed meanwhile. Try again.',
    REQUEST_FAILED: 'The request failed. Try again.', OFFLINE: 'No connection to the server. Try again.',
    UNKNOWN: 'That did not work.',
  },
  ar: {
    VALIDATION_FAILED: 'بعض الحقول تحتاج إلى تصحيح.', MALFORMED_JSON: 'تعذرت قراءة الطلب.',
    MALFORMED_BODY: 'تعذرت قراءة الطلب.', UNKNOWN_FIELD: 'الطلب يحتوي حقلًا غير متوقع.',
    INVALID_TYPE: 'قيمة بصيغة غير صحيحة.', UNAUTHENTICATED: 'انتهت الجلسة: سجّل الدخول مجددًا.',
    INVALID_CREDENTIALS: 'معرّف المجموعة أو البريد أو كلمة المرور غير صحيح.',
    FORBIDDEN: 'دورك لا يسمح بهذا الإجراء.', NOT_FOUND: 'لم يعد موجودًا.',
    METHOD_NOT_ALLOWED: 'هذا الإجراء غير ممكن هنا.', NOT_ACCEPTABLE: 'هذا الإجراء غير ممكن هنا.',
    EMAIL_TAKEN: 'هذا البريد مستخدم لموظف آخر.', SKU_TAKEN: 'هذا الصنف موجود.',
    LOT_EXPIRY_MISMATCH: 'استُلمت هذه التشغيلة سابقًا بتاريخ انتهاء مختلف.',
    INSUFFICIENT_STOCK: 'المخزون المتاح لا يكفي.', OUT_OF_STOCK: 'مستهلكات هذا العلاج غير متوفرة.',
    SLOT_TAKEN: 'حُجز هذا الوقت للتو وأُزيل من القائمة. اختر وقتًا آخر.',
    INVALID_TRANSITION: 'تغيّر الموعد في الأثناء؛ لا يمكن تنفيذ ذلك الآن.',
    CONTRAINDICATED: 'الفحص يمنع هذا العلاج.', CLEARANCE_REQUIRED: 'تلزم موافقة طبيب أولًا.',
    INTAKE_STALE: 'استمارة التقييم قديمة: اسأل المريض ثم أكّدها أو املأها من جديد.',
    INTAKE_INCOMPLETE: 'في استمارة التقييم أسئلة مطلوبة بلا إجابة.',
    CLEARANCE_NOT_ACCEPTED: 'يسجل الطبيب الموافقة في ملف المريض وليس مع الحجز.',
    NOTHING_TO_CLEAR: 'لا شيء يحتاج إلى موافقة.', FINDING_NOT_PRESENT: 'هذه الملاحظة غير موجودة لدى المريض.',
    PHYSICIAN_REQUIRED: 'لا يقوم بهذا إلا طبيب مسجل الدخول.', ALREADY_REVOKED: 'أُلغيت الموافقة من قبل.',
    INTAKE_CHANGED: 'تغيّرت الاستمارة في الأثناء. حاول مجددًا.', PREREQUISITE_MISSING: 'ينقص شرط مسبق (مثل اختبار حساسية).',
    PATCH_TEST_TOO_EARLY: 'قُرئ اختبار الحساسية مبكرًا.', PATCH_TEST_EXPIRED: 'انتهت صلاحية اختبار الحساسية.',
    PATCH_TEST_POSITIVE: 'أظهر اختبار الحساسية تفاعلًا.',
    PRACTITIONER_REQUIRED: 'لا يسجل هذا إلا ممارس مسجل الدخول.',
    REVIEW_REQUIRED: 'إجابات جديدة في الاستمارة: أعد الفحص قبل الإتمام.',
    PATCH_TEST_TIME_IN_FUTURE: 'هذا الوقت في المستقبل.', PATCH_TEST_READ_BEFORE_APPLIED: 'القراءة قبل التطبيق.',
    MEDICINE_EXISTS: 'هذا الدواء معروف من قبل.',
    CREDENTIAL_MISSING: 'لا يحمل الممارس الترخيص اللازم لهذا العلاج.',
    NOT_ACCREDITED: 'الممارس غير معتمد لهذا العلاج.',
    OUTSIDE_HOURS: 'هذا الوقت خارج ساعات العمل أو مناوبة الممارس.',
    ROOM_UNSUITABLE: 'لا غرفة مناسبة متاحة حينها.', IN_THE_PAST: 'هذا الوقت مضى.',
    LOCATION_INACTIVE: 'هذا الفرع مغلق.', IDEMPOTENCY_KEY_IN_USE: 'الطلب نفسه ما زال قيد التنفيذ.',
    IDEMPOTENCY_KEY_REUSED: 'أُرسل هذا الطلب من قبل بتفاصيل أخرى.',
    PAYLOAD_TOO_LARGE: 'النص طويل جدًا.', UNSUPPORTED_MEDIA_TYPE: 'تعذرت قراءة الطلب.',
    NOT_A_SESSION: 'يتطلب هذا موظفًا مسجل الدخول.', NOT_A_USER: 'يتطلب هذا موظفًا مسجل الدخول.',
    TREATMENT_NOT_ENABLED: 'العيادة لا تقدم هذا العلاج.', PRICE_NOT_SET: 'لا سعر محددًا لهذا العلاج هنا.',
    SESSIONS_OUT_OF_RANGE: 'هذا العدد من الجلسات غير متاح.', PLUGIN_FAILED: 'تعذر الحصول على رد العلاج. لم يُحفظ شيء؛ حاول مجددًا.',
    TOO_MANY_ATTEMPTS: 'محاولات كثيرة: انتظر قليلًا.', TOO_MANY_REQUESTS: 'طلبات كثيرة: انتظر قليلًا.',
    NOTHING_DUE: 'لا مبلغ مستحقًا من هذا النوع.', NOT_REFUNDABLE: 'لا يمكن استرداد هذه الدفعة.',
    AMOUNT_EXCEEDS_DUE: 'المبلغ أكبر من المستحق.', ALREADY_DISCOUNTED: 'على الموعد خصم من قبل.',
    DISCOUNT_EXCEEDS_UNPAID: 'المدفوع أكثر من السعر بعد الخصم: استرد أولًا.',
    DISCOUNT_NOT_APPLICABLE: 'هذا الخصم لا ينطبق هنا.', NOT_AWAITING_APPROVAL: 'اتُّخذ القرار من قبل.',
    STRIPE_ACCOUNT_TAKEN: 'حساب Stripe هذا مرتبط بمجموعة عيادات أخرى.',
    DAY_CLOSED: 'هذا اليوم مقفل: لا يُستلم فيه نقد ولا يُرد.', DAY_ALREADY_CLOSED: 'اليوم مقفل من قبل.',
    DAY_NOT_STARTED: 'هذا اليوم لم يبدأ بعد.', CARD_DECLINED: 'رُفضت البطاقة.',
    PAYMENT_REFUSED: 'رُفضت الدفعة.', STRIPE_ACCOUNT_MISSING: 'الدفع بالبطاقة غير مُعد.',
    NO_CARD_ON_FILE: 'لا بطاقة محفوظة للمريض.', PAYMENTS_NOT_CONFIGURED: 'الدفع بالبطاقة غير مُعد؛ النقد متاح.',
    PAYMENT_PROVIDER_UNAVAILABLE: 'خدمة البطاقات لا ترد. حاول مجددًا؛ لن يُخصم المبلغ مرتين.',
    INTERNAL_ERROR: 'حدث خطأ من جهتنا.', DATABASE_UNAVAILABLE: 'النظام مشغول. حاول بعد قليل.',
    DATABASE_BUSY: 'النظام مشغول. حاول بعد قليل.', REQUEST_TIMED_OUT: 'استغرق الأمر وقتًا طويلًا. حاول مجددًا.',
    SERVICE_UNAVAILABLE: 'النظام مشغول. حاول بعد قليل.', SIGN_IN_BUSY: 'مشغول: حاول تسجيل الدخول مجددًا.',
    PASSWORD_TOO_COMMON: 'كلمة المرور هذه شائعة جدًا.', AVAILABILITY_TOO_BROAD: 'اطلب أيامًا أقل.',
    SIGNUP_RATE_LIMITED: 'تسجيلات كثيرة: انتظر قليلًا.', TOKEN_IN_QUERY: 'تعذرت قراءة الطلب.',
    INVALID_SIGNATURE: 'تعذرت قراءة الطلب.', UNRECOGNISED_MEDICINE: 'دواء غير معروف.',
    BAD_REQUEST: 'تعذرت قراءة الطلب.', CONFLICT: 'تغيّر في الأثناء. حاول مجددًا.',
    REQUEST_FAILED: 'فشل الطلب. حاول مجددًا.', OFFLINE: 'لا اتصال بالخادم. حاول مجددًا.',
    UNKNOWN: 'لم ينجح ذلك.',
  },
};

/** Bean Validation's and the domain's field messages, recognised by their start; the rest read as "not valid". */
const FIELD = [
  [/^must not be (blank|null|empty)/, { en: 'Required.', ar: 'مطلوب.' }],
  [/^must be at most (\d+) characters|^size must be between \d+ and (\d+)/,
    { en: 'Too long (at most {n} characters).', ar: 'طويل جدًا (حتى {n} حرفًا).' }],
  [/^must be greater than|^must be positive/, { en: 'Must be more than zero.', ar: 'يجب أن يكون أكبر من صفر.' }],
  [/^must be a well-formed email/, { en: 'Not an email address.', ar: 'ليس بريدًا إلكترونيًا صحيحًا.' }],
  [/phone/i, { en: 'Not a phone number.', ar: 'ليس رقم هاتف صحيحًا.' }],
  [/required/i, { en: 'Required.', ar: 'مطلوب.' }],
];

const lang = () => (language() === 'ar' ? 'ar' : 'en');

/** The desk's sentence for a problem code (a plugin's own code brings its own words in {@code messages}). */
export function problemMessage(problem) {
  const code = problem && problem.code;
  const own = problem && problem.body && problem.body.messages && problem.body.messages[lang()];
  return CODES[lang()][code] || own || (problem && problem.status === 0 ? CODES[lang()].OFFLINE : CODES[lang()].UNKNOWN);
}

/** A field error in the desk's language; the server's English stays on the details line. */
export function fieldMessage(message) {
  for (const [pattern, words] of FIELD) {
    const m = pattern.exec(message || '');
    if (m) return words[lang()].replace('{n}', m[1] || m[2] || '');
  }
  return lang() === 'ar' ? 'قيمة غير صحيحة.' : 'Not valid.';
}

export const KNOWN_CODES = Object.keys(CODES.en);
