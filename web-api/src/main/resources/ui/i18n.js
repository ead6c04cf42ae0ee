// Arabic and English. Dates, times, numbers and money go through Intl in the chosen language
// (Gregorian calendar in Arabic too, as clinics in the region book by it).

const TEXT = {
  en: {
    appName: 'Regimen', signIn: 'Sign in', signOut: 'Sign out', tenant: 'Clinic chain ID', email: 'Email',
    password: 'Password', language: 'العربية', day: 'Day', inventory: 'Inventory', refunds: 'Refunds',
    location: 'Location', today: 'Today', previous: 'Previous day', next: 'Next day', byRoom: 'By room',
    byPractitioner: 'By practitioner', newBooking: 'New booking', noAppointments: 'No appointments this day.',
    patient: 'Patient', searchPatient: 'Search by name or phone', newPatient: 'New patient', name: 'Name',
    phone: 'Phone', patientLanguage: 'Patient language', create: 'Create', treatment: 'Treatment', date: 'Date',
    sessions: 'Sessions', single: 'Single session', course: 'Course of', findSlots: 'Screen and find slots',
    screening: 'Screening', outcome_CLEAR: 'Clear to book', outcome_NEEDS_CLEARANCE: 'Needs a physician\u2019s clearance',
    outcome_BLOCKED: 'Blocked: cannot be booked', severity_BLOCK: 'Block', severity_CLEARANCE: 'Clearance',
    severity_WARN: 'Tell the patient', physician: 'Physician', clearanceNote: 'Clearance note', slots: 'Available slots',
    noSlots: 'No free slots that day.', book: 'Book', booked: 'Booked', intake: 'Intake form', save: 'Save', yes: 'Yes',
    no: 'No', close: 'Close', cancel: 'Cancel appointment', reason: 'Reason', checkIn: 'Check in',
    complete: 'Complete', noShow: 'No-show', reschedule: 'Reschedule', newStart: 'New start', status: 'Status',
    status_BOOKED: 'Booked', status_CHECKED_IN: 'Checked in', status_COMPLETED: 'Completed',
    status_CANCELLED: 'Cancelled', status_NO_SHOW: 'No-show', practitioner: 'Practitioner', room: 'Room',
    time: 'Time', consumables: 'Consumables held', payments: 'Payments', price: 'Price', depositDue: 'Deposit due',
    paid: 'Paid', refunded: 'Refunded', outstanding: 'Balance outstanding', refundDue: 'Refund due (policy)',
    takePayment: 'Take payment', kind: 'For', kind_DEPOSIT: 'Deposit', kind_BALANCE: 'Balance',
    kind_NO_SHOW_FEE: 'No-show fee', cash: 'Cash', cardOnFile: 'Saved card', card: 'Card', refund: 'Refund',
    amount: 'Amount', receipt: 'Receipt', print: 'Print', lot: 'Lot', expires: 'Expires', onHand: 'On hand',
    reserved: 'Reserved', available: 'Available', parLevel: 'Par level', expired: 'Expired', stock: 'Stock',
    expiringSoon: 'Expiring within 30 days', belowPar: 'Below par', receive: 'Receive a delivery', sku: 'Item',
    lotNumber: 'Lot number', expiresOn: 'Expires on', quantity: 'Quantity', received: 'Received',
    recall: 'Recall look-up', recipients: 'Patients who received this lot', none: 'None.',
    awaitingApproval: 'Refunds awaiting approval', approve: 'Approve', decline: 'Decline',
    refundStatus_AWAITING_APPROVAL: 'Awaiting approval', refundStatus_PENDING: 'Pending',
    refundStatus_SUCCEEDED: 'Refunded', refundStatus_FAILED: 'Failed', refundStatus_DECLINED: 'Declined',
    refundStatus_CANCELED: 'Canceled', payStatus_SUCCEEDED: 'Paid', payStatus_PENDING: 'Pending',
    payStatus_PROCESSING: 'Processing', payStatus_FAILED: 'Failed', payStatus_CANCELED: 'Canceled',
    confirmCard: 'Pay', saved: 'Saved', done: 'Done', signedInAs: 'Signed in as', now: 'Now',
    treatmentLots: 'Lots used', total: 'Total', open: 'Open',
    clearance: 'Clearance', clearance_NOT_NEEDED: 'Not needed', clearance_NEEDED: 'Needs a physician\u2019s clearance',
    clearedBy: 'Cleared by', until: 'until', recordClearance: 'Record clearance',
    clearanceByPhysicianOnly: 'Only a physician can record a clearance.', needsReview: 'New intake: review',
    review: 'Re-screen', confirmIntake: 'Intake still holds',
    due: 'Due now', fees: 'Fees', tendered: 'Tendered', change: 'Change', discount: 'Discount',
    amountInvalid: 'Enter an amount such as 150 or 150.50.',
    confirm: 'Confirm', goBack: 'Go back', reasonRequired: 'Give a reason.', fixFields: 'Correct the marked fields.',
    pickDate: 'Pick a date', dateInvalid: 'Enter a date such as 2026-03-14.', timeInvalid: 'Enter a time such as 14:30.',
    numberInvalid: 'Enter a whole number such as 25.', phoneInvalid: 'Enter a phone number such as 0551234567.',
    cancelTitle: 'Cancel this appointment?', noShowTitle: 'Mark as no-show?', keepAppointment: 'Keep the appointment',
    confirmCancel: 'Cancel appointment', confirmNoShow: 'Mark no-show',
    feeNone: 'No fee: it is more than 24 hours before the start.',
    feeLate: 'Less than 24 hours before the start: the deposit of {fee} is kept as the cancellation fee.',
    feeNoShow: 'The deposit of {fee} is kept as the no-show fee.', feeZero: 'No deposit was due, so no fee follows.',
    refundFollows: 'Card payments are refunded by the policy at once.',
    pendingCancel: 'Cancelling {name} in a few seconds…', pendingNoShow: 'Marking {name} as no-show in a few seconds…',
    undo: 'Undo', undone: 'Undone: nothing was sent.', refundAmount: 'Amount to refund', refundTitle: 'Refund',
    refundLeft: 'At most {amount} can be refunded.', sendRefund: 'Refund', slotGone: 'That time was just taken; it is gone from the list.',
    showCancelled: 'Show cancelled', sessionOf: 'Session {n} of {m}', courseSessions: 'The course’s sessions',
    choosePatient: 'Choose or create the patient first.', answerRequired: 'This question needs an answer.', noneListed: 'None (separate several with commas)',
    findPatient: 'Find a patient: name or phone', noPatientFound: 'No patient matches “{q}”.',
    profile: 'Patient', upcoming: 'Upcoming', past: 'Past', courseProgress: 'Courses', intakeHistory: 'Intake history',
    version: 'Version', consents: 'Consents', consentsLater: 'Consents are not recorded here yet.',
    completedOf: '{n} of {m} sessions done', openProfile: 'Profile',
    bookCourse: 'Book the course', courseBooked: 'Course booked', loading: 'Loading…', when: 'When', method: 'Method', cashHandling: 'Cash handed over',
    owedTitle: 'Money is still owed', owedComplete: '{amount} is still due. Complete the visit anyway?', completeAnyway: 'Complete anyway',
    week: 'Week', calendarView: 'Calendar view', previousWeek: 'Previous week', nextWeek: 'Next week',
    noAppointmentsWeek: 'No appointments this week.', moved: '{name} moved to {time}.',
    moveRefused: '{name} was not moved:', bookHere: 'Book at {time}', allSlots: 'Show every practitioner and room',
    bookingAt: 'Booking at', anyRoom: 'Any suitable room', current: 'current', freeTimes: 'Free times',
    otherTime: 'Or another time', moveHere: 'Move to this time', timeTaken: 'That time is taken.',
    takenBy: 'Taken by', signedOn: 'Signed', signedBy: 'Signed by', witness: 'Witness', signedText: 'Signed form',
    consentOutdated: 'older version',
    weekday_SUN: 'Sun', weekday_MON: 'Mon', weekday_TUE: 'Tue', weekday_WED: 'Wed', weekday_THU: 'Thu',
    weekday_FRI: 'Fri', weekday_SAT: 'Sat',
  },
  ar: {
    appName: 'ريجيمن', signIn: 'تسجيل الدخول', signOut: 'تسجيل الخروج', tenant: 'معرّف مجموعة العيادات',
    email: 'البريد الإلكتروني', password: 'كلمة المرور', language: 'English', day: 'اليوم', inventory: 'المخزون',
    refunds: 'المبالغ المستردة', location: 'الفرع', today: 'اليوم', previous: 'اليوم السابق', next: 'اليوم التالي',
    byRoom: 'حسب الغرفة', byPractitioner: 'حسب الممارس', newBooking: 'حجز جديد',
    noAppointments: 'لا مواعيد في هذا اليوم.', patient: 'المريض', searchPatient: 'ابحث بالاسم أو الهاتف',
    newPatient: 'مريض جديد', name: 'الاسم', phone: 'الهاتف', patientLanguage: 'لغة المريض', create: 'إنشاء',
    treatment: 'العلاج', date: 'التاريخ', sessions: 'الجلسات', single: 'جلسة واحدة', course: 'دورة من',
    findSlots: 'الفحص وعرض المواعيد', screening: 'الفحص', outcome_CLEAR: 'لا مانع من الحجز',
    outcome_NEEDS_CLEARANCE: 'يحتاج إلى موافقة طبيب', outcome_BLOCKED: 'ممنوع: لا يمكن الحجز', severity_BLOCK: 'مانع',
    severity_CLEARANCE: 'موافقة طبيب', severity_WARN: 'أبلغ المريض', physician: 'الطبيب',
    clearanceNote: 'ملاحظة الموافقة', slots: 'المواعيد المتاحة', noSlots: 'لا مواعيد متاحة في ذلك اليوم.', book: 'احجز',
    booked: 'تم الحجز', intake: 'استمارة التقييم', save: 'حفظ', yes: 'نعم', no: 'لا', close: 'إغلاق',
    cancel: 'إلغاء الموعد', reason: 'السبب', checkIn: 'تسجيل الحضور', complete: 'إتمام', noShow: 'لم يحضر',
    reschedule: 'تغيير الموعد', newStart: 'الموعد الجديد', status: 'الحالة', status_BOOKED: 'محجوز',
    status_CHECKED_IN: 'حاضر', status_COMPLETED: 'مكتمل', status_CANCELLED: 'ملغى', status_NO_SHOW: 'لم يحضر',
    practitioner: 'الممارس', room: 'الغرفة', time: 'الوقت', consumables: 'المستهلكات المحجوزة', payments: 'المدفوعات',
    price: 'السعر', depositDue: 'العربون المستحق', paid: 'المدفوع', refunded: 'المسترد', outstanding: 'المتبقي',
    refundDue: 'المستحق للاسترداد (حسب السياسة)', takePayment: 'استلام دفعة', kind: 'مقابل', kind_DEPOSIT: 'عربون',
    kind_BALANCE: 'باقي المبلغ', kind_NO_SHOW_FEE: 'رسوم عدم الحضور', cash: 'نقدًا', cardOnFile: 'البطاقة المحفوظة',
    card: 'بطاقة', refund: 'استرداد', amount: 'المبلغ', receipt: 'الإيصال', print: 'طباعة', lot: 'التشغيلة',
    expires: 'تنتهي', onHand: 'المتوفر', reserved: 'محجوز', available: 'متاح', parLevel: 'الحد الأدنى',
    expired: 'منتهية', stock: 'المخزون', expiringSoon: 'تنتهي خلال 30 يومًا', belowPar: 'تحت الحد الأدنى',
    receive: 'استلام شحنة', sku: 'الصنف', lotNumber: 'رقم التشغيلة', expiresOn: 'تاريخ الانتهاء', quantity: 'الكمية',
    received: 'تم الاستلام', recall: 'البحث للاستدعاء', recipients: 'المرضى الذين تلقوا هذه التشغيلة', none: 'لا شيء.',
    awaitingApproval: 'مبالغ مستردة بانتظار الموافقة', approve: 'موافقة', decline: 'رفض',
    refundStatus_AWAITING_APPROVAL: 'بانتظار الموافقة', refundStatus_PENDING: 'قيد التنفيذ',
    refundStatus_SUCCEEDED: 'تم الاسترداد', refundStatus_FAILED: 'فشل', refundStatus_DECLINED: 'مرفوض',
    refundStatus_CANCELED: 'ملغى', payStatus_SUCCEEDED: 'مدفوع', payStatus_PENDING: 'قيد الانتظار',
    payStatus_PROCESSING: 'قيد المعالجة', payStatus_FAILED: 'فشل', payStatus_CANCELED: 'ملغى', confirmCard: 'ادفع',
    saved: 'تم الحفظ', done: 'تم', signedInAs: 'مسجل الدخول باسم', now: 'الآن', treatmentLots: 'التشغيلات المستخدمة',
    total: 'الإجمالي', open: 'فتح',
    clearance: 'موافقة الطبيب', clearance_NOT_NEEDED: 'غير مطلوبة', clearance_NEEDED: 'يحتاج إلى موافقة طبيب',
    clearedBy: 'وافق عليه', until: 'حتى', recordClearance: 'تسجيل الموافقة',
    clearanceByPhysicianOnly: 'لا يسجل الموافقة إلا طبيب.', needsReview: 'استبيان جديد: يحتاج مراجعة',
    review: 'أعد الفحص', confirmIntake: 'الاستبيان ما زال صحيحًا',
    due: 'المستحق الآن', fees: 'الرسوم', tendered: 'المبلغ المستلم', change: 'الباقي', discount: 'الخصم',
    amountInvalid: 'أدخل مبلغًا مثل ١٥٠ أو ١٥٠٫٥٠.',
    confirm: 'تأكيد', goBack: 'رجوع', reasonRequired: 'اذكر السبب.', fixFields: 'صحّح الحقول المعلّمة.',
    pickDate: 'اختر تاريخًا', dateInvalid: 'أدخل تاريخًا مثل ٢٠٢٦-٠٣-١٤.', timeInvalid: 'أدخل وقتًا مثل ١٤:٣٠.',
    numberInvalid: 'أدخل عددًا صحيحًا مثل ٢٥.', phoneInvalid: 'أدخل رقم هاتف مثل ٠٥٥١٢٣٤٥٦٧.',
    cancelTitle: 'إلغاء هذا الموعد؟', noShowTitle: 'تسجيل عدم الحضور؟', keepAppointment: 'إبقاء الموعد',
    confirmCancel: 'إلغاء الموعد', confirmNoShow: 'تسجيل عدم الحضور',
    feeNone: 'بلا رسوم: الموعد بعد أكثر من ٢٤ ساعة.',
    feeLate: 'أقل من ٢٤ ساعة قبل الموعد: يُحتفظ بالعربون {fee} رسومًا للإلغاء.',
    feeNoShow: 'يُحتفظ بالعربون {fee} رسومًا لعدم الحضور.', feeZero: 'لم يكن هناك عربون، فلا رسوم.',
    refundFollows: 'تُسترد دفعات البطاقة حسب السياسة فورًا.',
    pendingCancel: 'سيُلغى موعد {name} خلال ثوانٍ…', pendingNoShow: 'سيُسجَّل عدم حضور {name} خلال ثوانٍ…',
    undo: 'تراجع', undone: 'تم التراجع: لم يُرسل شيء.', refundAmount: 'المبلغ المسترد', refundTitle: 'استرداد',
    refundLeft: 'أقصى ما يمكن استرداده {amount}.', sendRefund: 'استرداد', slotGone: 'حُجز هذا الوقت للتو؛ أُزيل من القائمة.',
    showCancelled: 'إظهار الملغاة', sessionOf: 'الجلسة {n} من {m}', courseSessions: 'جلسات الدورة',
    choosePatient: 'اختر المريض أو أنشئه أولًا.', answerRequired: 'هذا السؤال يحتاج إلى إجابة.', noneListed: 'لا شيء (افصل بين عدة بفواصل)',
    findPatient: 'ابحث عن مريض: الاسم أو الهاتف', noPatientFound: 'لا مريض يطابق «{q}».',
    profile: 'المريض', upcoming: 'القادمة', past: 'السابقة', courseProgress: 'الدورات', intakeHistory: 'سجل الاستمارات',
    version: 'النسخة', consents: 'الموافقات', consentsLater: 'لا تُسجل الموافقات هنا بعد.',
    completedOf: 'اكتملت {n} من {m} جلسات', openProfile: 'الملف',
    bookCourse: 'احجز الدورة', courseBooked: 'تم حجز الدورة', loading: 'جارٍ التحميل…', when: 'التاريخ', method: 'الطريقة', cashHandling: 'النقد المسلّم',
    owedTitle: 'ما زال هناك مبلغ مستحق', owedComplete: 'ما زال {amount} مستحقًا. إتمام الزيارة على أي حال؟', completeAnyway: 'الإتمام على أي حال',
    week: 'الأسبوع', calendarView: 'عرض التقويم', previousWeek: 'الأسبوع السابق', nextWeek: 'الأسبوع التالي',
    noAppointmentsWeek: 'لا مواعيد في هذا الأسبوع.', moved: 'نُقل موعد {name} إلى {time}.',
    moveRefused: 'لم يُنقل موعد {name}:', bookHere: 'احجز الساعة {time}', allSlots: 'أظهر كل الممارسين والغرف',
    bookingAt: 'حجز في', anyRoom: 'أي غرفة مناسبة', current: 'الحالية', freeTimes: 'الأوقات المتاحة',
    otherTime: 'أو وقت آخر', moveHere: 'انقل إلى هذا الوقت', timeTaken: 'هذا الوقت محجوز.',
    takenBy: 'استلمها', signedOn: 'تاريخ التوقيع', signedBy: 'وقّعها', witness: 'الشاهد', signedText: 'النموذج الموقّع',
    consentOutdated: 'نسخة أقدم',
    weekday_SUN: 'الأحد', weekday_MON: 'الاثنين', weekday_TUE: 'الثلاثاء', weekday_WED: 'الأربعاء', weekday_THU: 'الخميس',
    weekday_FRI: 'الجمعة', weekday_SAT: 'السبت',
  },
};

let lang = localStorage.getItem('regimen.lang') === 'ar' ? 'ar' : 'en';

export function language() { return lang; }

export function setLanguage(next) {
  lang = next === 'ar' ? 'ar' : 'en';
  localStorage.setItem('regimen.lang', lang);
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
}

export function t(key, values) {
  const text = (TEXT[lang] && TEXT[lang][key]) || TEXT.en[key] || key;
  return values ? text.replace(/\{(\w+)\}/g, (m, name) => (name in values ? String(values[name]) : m)) : text;
}

const intlLocale = () => (lang === 'ar' ? 'ar-SA-u-ca-gregory' : 'en-GB');

export function formatTime(instant, zone) {
  return new Intl.DateTimeFormat(intlLocale(), { hour: '2-digit', minute: '2-digit', timeZone: zone })
    .format(new Date(instant));
}

export function formatDate(isoDate) {
  return new Intl.DateTimeFormat(intlLocale(), { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric',
    timeZone: 'UTC' }).format(new Date(isoDate + 'T00:00:00Z'));
}

export function formatShortDate(isoDate) {
  return new Intl.DateTimeFormat(intlLocale(), { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' })
    .format(new Date(isoDate + 'T00:00:00Z'));
}

/** A day and month without the year ("1 Dec"): the week's column headings, whose year the title gives. */
export function formatDayMonth(isoDate) {
  return new Intl.DateTimeFormat(intlLocale(), { month: 'short', day: 'numeric', timeZone: 'UTC' })
    .format(new Date(isoDate + 'T00:00:00Z'));
}

export function formatNumber(n) {
  return new Intl.NumberFormat(intlLocale()).format(n);
}

/** Money arrives in minor units; the currency says how many digits that is. */
export function formatMoney(money) {
  if (!money) return '';
  const format = new Intl.NumberFormat(intlLocale(), { style: 'currency', currency: money.currency });
  const digits = format.resolvedOptions().maximumFractionDigits;
  return format.format(money.amount / Math.pow(10, digits));
}

const digitsOf = (currency) => new Intl.NumberFormat('en', { style: 'currency', currency })
  .resolvedOptions().maximumFractionDigits;

/**
 * The one digit reader of the UI: Arabic-Indic (٠-٩) and Eastern Arabic/Persian (۰-۹) digits become
 * Western ones, and the Arabic decimal (٫) a point. Every amount, phone, date, time and number field
 * reads through it.
 */
export function westernDigits(text) {
  return String(text == null ? '' : text)
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06F0))
    .replace(/\u066B/g, '.');
}

/** Western digits shown in the language's own: Arabic-Indic in Arabic. */
export function localDigits(text) {
  const s = String(text == null ? '' : text);
  return lang === 'ar' ? s.replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d))) : s;
}

/**
 * An amount as the desk types it, in any of those digits, with the Arabic thousands separator (٬)
 * or a decimal comma ("150,5"); NaN for anything else.
 */
export function parseAmount(text) {
  let s = westernDigits(text).trim().replace(/[\u066C\s\u00A0\u202F]/g, '');
  s = /^\d+,\d{1,2}$/.test(s) ? s.replace(',', '.') : s.replace(/,/g, '');
  return /^\d+(\.\d+)?$/.test(s) ? Number(s) : NaN;
}

/** A whole number (a quantity); NaN for anything else. */
export function parseWholeNumber(text) {
  const s = westernDigits(text).trim().replace(/[\u066C,\s]/g, '');
  return /^\d+$/.test(s) ? Number(s) : NaN;
}

/** A phone number as typed, with its digits made Western and the spacing kept out; the server reads it as E.164. */
export function phoneText(text) {
  return westernDigits(text).replace(/[^\d+]/g, '');
}

/** A date typed as 2026-03-14, 2026/3/14 or 14/03/2026 (day first, as the region writes it), in any digits; ISO or null. */
export function parseIsoDate(text) {
  const s = westernDigits(text).trim();
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s);
  let y; let mo; let d;
  if (m) { [y, mo, d] = [m[1], m[2], m[3]]; } else {
    m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
    if (!m) return null;
    [d, mo, y] = [m[1], m[2], m[3]];
  }
  const iso = y + '-' + mo.padStart(2, '0') + '-' + d.padStart(2, '0');
  const check = new Date(iso + 'T00:00:00Z');
  return !Number.isNaN(check.getTime()) && check.toISOString().slice(0, 10) === iso ? iso : null;
}

/** A time typed as 14:30, 2:30 pm, ٢:٣٠ م (or ص), in any digits; 24-hour HH:MM or null. */
export function parseClock(text) {
  const s = westernDigits(text).trim().toLowerCase();
  const m = /^(\d{1,2})[:.٫]?(\d{2})?\s*(am|pm|a\.m\.|p\.m\.|ص|م)?$/.exec(s);
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = Number(m[2] || '0');
  const half = m[3];
  if (half) {
    if (hour < 1 || hour > 12) return null;
    const pm = half.startsWith('p') || half === 'م';
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return null;
  return String(hour).padStart(2, '0') + ':' + String(minute).padStart(2, '0');
}

export function toMinor(text, currency) {
  return Math.round(parseAmount(text) * Math.pow(10, digitsOf(currency)));
}

export function fromMinor(amount, currency) {
  return amount / Math.pow(10, digitsOf(currency));
}

setLanguage(lang);
