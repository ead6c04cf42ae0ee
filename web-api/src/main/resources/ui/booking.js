// Booking: patient, treatment and day; the screening result before any slot; then book a
// session or a whole course. Blocked is blocked; findings that need a clearance need a physician's
// own clearance record (the desk sees who cleared until when; only a physician can record one).
import { get, post, put, list } from './api.js';
import { t, language, formatTime, formatDate, formatNumber, phoneText } from './i18n.js';
import { h, clear, openDialog, closeDialog, attempt, field, toast, dateInput, readDate, LocalProblem, ask }
  from './dom.js';
import { state, todayIn, localParts, addDays, instantOf } from './context.js';
import { patientPicker } from './patientpicker.js';
import { openProfile } from './profile.js';
import { coveringClearance, clearanceLine, recordClearanceAction } from './clearance.js';
import { findSlots } from './slots.js';

/**
 * {@code preset.patient}: the patient, already chosen; {@code preset.at}: where the desk clicked on the
 * calendar ({date, time?, practitionerId?, roomId?}), offered first and the slots narrowed to it.
 */
export function openBooking(onBooked, preset) {
  const chosen = { patient: null };
  const at = (preset && preset.at) || null;
  const body = openDialog(t('newBooking'));
  const patientBox = h('div', { class: 'patient-box' });
  const picker = patientPicker({ onChoose: (p) => { state.patients.set(p.id, p); choose(p); } });
  const search = picker.input;
  const name = h('input', { 'aria-label': t('name'), 'data-test': 'new-patient-name', 'data-field': 'name' });
  const phone = h('input', { type: 'tel', inputmode: 'tel', 'aria-label': t('phone'), 'data-test': 'new-patient-phone',
    'data-field': 'phone' });
  const locale = h('select', { 'aria-label': t('patientLanguage'), 'data-test': 'new-patient-locale' },
    h('option', { value: 'ar', selected: language() === 'ar' }, 'العربية'),
    h('option', { value: 'en', selected: language() === 'en' }, 'English'));
  const newPatient = h('details', {}, h('summary', { 'data-test': 'new-patient' }, t('newPatient')),
    h('div', { class: 'row' }, field(t('name'), name), field(t('phone'), phone), field(t('patientLanguage'), locale),
      h('button', { type: 'button', 'data-test': 'create-patient', onclick: () => attempt(async () => {
        const p = await post('/patients', { name: name.value.trim(), phone: phoneText(phone.value) || null,
          locale: locale.value });
        state.patients.set(p.id, p);
        choose(p);
        openIntake(p);
      }) }, t('create'))));

  function choose(p) {
    chosen.patient = p;
    clear(patientBox).append(h('strong', { 'data-test': 'chosen-patient' }, p.name),
      h('button', { type: 'button', class: 'ghost', 'data-test': 'open-intake', onclick: () => openIntake(p) },
        t('intake')),
      h('button', { type: 'button', class: 'ghost', 'data-test': 'open-profile', onclick: () => attempt(() => openProfile(p.id,
        () => openBooking(onBooked, { patient: p }))) }, t('openProfile')));
  }

  const treatment = h('select', { 'aria-label': t('treatment'), 'data-test': 'treatment',
    onchange: () => fillSessions() }, state.treatments.filter((x) => x.enabled)
    .map((x) => h('option', { value: x.id }, x.name)));
  const sessions = h('select', { 'aria-label': t('sessions'), 'data-test': 'sessions' });
  function fillSessions() {
    const x = state.treatments.find((y) => y.id === treatment.value);
    clear(sessions).append(h('option', { value: '1' }, t('single')));
    if (x) {
      for (let n = Math.max(2, x.protocol.minSessions); n <= x.protocol.maxSessions; n++) {
        sessions.append(h('option', { value: String(n) }, t('course') + ' ' + n));
      }
    }
  }
  fillSessions();
  const date = dateInput({ label: t('date'), test: 'booking-date', min: todayIn(state.location.timezone),
    value: at ? at.date : state.date < todayIn(state.location.timezone) ? todayIn(state.location.timezone) : state.date });
  const day = () => {
    const iso = readDate(date);
    if (!iso) throw new LocalProblem('booking-date', t('dateInvalid'));
    return iso;
  };
  const outcome = h('section', { class: 'screening', 'aria-live': 'polite' });
  const find = h('button', { type: 'button', class: 'primary', 'data-test': 'find-slots', onclick: () => attempt(async () => {
    if (!chosen.patient) throw new LocalProblem('patient-search', t('choosePatient'));
    day();
    await screenAndShowSlots();
  }) }, t('findSlots'));

  let narrowed = true;
  const columnName = (x) => ((x.practitionerId ? state.practitioners.find((p) => p.id === x.practitionerId)
    : state.rooms.find((r) => r.id === x.roomId)) || { name: '' }).name;

  async function screenAndShowSlots() {
    const screening = await post('/screenings', { patientId: chosen.patient.id, treatmentId: treatment.value,
      locationId: state.location.id });
    clear(outcome).append(h('h3', { text: t('screening') }),
      h('p', { class: 'outcome outcome-' + screening.outcome, 'data-test': 'screening-outcome',
        dataset: { outcome: screening.outcome } }, t('outcome_' + screening.outcome)),
      h('ul', { class: 'findings' }, screening.findings.map((f) => h('li', { class: 'finding severity-' + f.severity,
        'data-test': 'finding', dataset: { code: f.code } }, h('span', { class: 'badge' }, t('severity_' + f.severity)),
      ' ', f.message))));
    if (screening.outcome === 'BLOCKED') return;
    if (screening.outcome === 'NEEDS_CLEARANCE') {
      const codes = screening.findings.filter((f) => f.severity === 'CLEARANCE').map((f) => f.code);
      const cleared = await coveringClearance(chosen.patient.id, treatment.value, codes);
      outcome.append(h('p', {}, t('clearance') + ': ', cleared
        ? clearanceLine('CLEARED', cleared.physicianName, cleared.expiresAt) : clearanceLine('NEEDED')));
      if (!cleared) {
        outcome.append(recordClearanceAction(chosen.patient.id, treatment.value, screenAndShowSlots));
        return;
      }
    }
    let slots;
    try {
      slots = await findSlots('locationId=' + state.location.id + '&treatmentId=' + treatment.value
        + '&from=' + day() + '&to=' + day() + '&patientId=' + chosen.patient.id, 60);
    } catch (e) {
      if (e.code !== 'INTAKE_STALE') throw e;
      // An old intake: after asking the patient, the desk confirms it still holds, and the slots follow.
      outcome.append(h('p', { class: 'muted' }, e.message), h('button', { type: 'button', 'data-test': 'confirm-intake',
        onclick: () => attempt(async () => {
          await post('/patients/' + chosen.patient.id + '/intake/confirm');
          await screenAndShowSlots();
        }) }, t('confirmIntake')));
      return;
    }
    const zone = state.location.timezone;
    const byName = (id) => (state.practitioners.find((p) => p.id === id) || { name: '' }).name;
    // Clicked on the calendar: that exact time first (the server decides whether it fits), then the
    // day's free slots in that column only, unless the desk asks for all.
    const there = at && at.date === day() ? at : null;
    const inColumn = (s) => !there || !narrowed || (there.practitionerId ? s.practitionerId === there.practitionerId
      : s.roomId === there.roomId);
    const listed = slots.slots.filter(inColumn);
    if (there && there.time) {
      const start = instantOf(there.date, there.time, zone);
      outcome.append(h('div', { class: 'row' }, h('button', { type: 'button', class: 'primary', 'data-test': 'book-here',
        onclick: () => attempt(() => book({ start, practitionerId: there.practitionerId, roomId: there.roomId })) },
      t('bookHere', { time: formatTime(start, zone) }), ' · ', h('bdi', {}, columnName(there)))));
    }
    if (there && narrowed) {
      outcome.append(h('button', { type: 'button', class: 'link', 'data-test': 'all-slots', onclick: () => attempt(async () => {
        narrowed = false;
        await screenAndShowSlots();
      }) }, t('allSlots')));
    }
    outcome.append(h('h3', {}, t('slots') + ' · ' + formatDate(day())),
      listed.length ? h('div', { class: 'slots' }, listed.slice(0, 60).map((s) => {
        const button = h('button', { type: 'button', 'data-test': 'slot', dataset: { start: s.start, practitioner: s.practitionerId },
          onclick: () => attempt(() => book(s).catch((e) => {
            if (e.code === 'INTAKE_STALE') offerConfirm(s);
            // Someone else took it meanwhile: it leaves the list, and the desk is told why.
            if (e.code === 'SLOT_TAKEN') { e.anchor = button.parentNode; button.remove(); }
            throw e;
          })) }, formatTime(s.start, zone), ' \u00b7 ', h('bdi', {}, byName(s.practitionerId)));
        return button;
      })) : h('p', { class: 'muted', text: t('noSlots') }));
  }

  /** An old intake: after asking the patient, the desk confirms it still holds and books the same slot. */
  function offerConfirm(slot) {
    if (outcome.querySelector('[data-test=confirm-intake]')) return;
    outcome.append(h('button', { type: 'button', 'data-test': 'confirm-intake', onclick: () => attempt(async () => {
      await post('/patients/' + chosen.patient.id + '/intake/confirm');
      await book(slot);
    }) }, t('confirmIntake')));
  }

  /**
   * Before a course is booked, the desk sees (and can read out) every session: the same local time,
   * the protocol's interval apart, as the server will book them (it refuses all if one does not fit).
   */
  async function confirmCourse(slot) {
    const x = state.treatments.find((y) => y.id === treatment.value);
    const zone = state.location.timezone;
    const n = Number(sessions.value);
    const first = localParts(slot.start, zone);
    const hhmm = String(Math.floor(first.minutes / 60)).padStart(2, '0') + ':' + String(first.minutes % 60).padStart(2, '0');
    const starts = Array.from({ length: n }, (_, i) => instantOf(addDays(first.date, i * x.protocol.minIntervalDays),
      hhmm, zone));
    return ask({ title: t('courseSessions'), message: chosen.patient.name + ' \u00b7 ' + x.name,
      detail: h('ol', { class: 'course-sessions', 'data-test': 'course-preview' }, starts.map((start, i) => h('li', {
        'data-test': 'course-session' }, t('sessionOf', { n: formatNumber(i + 1), m: formatNumber(n) }) + ': '
        + formatDate(localParts(start, zone).date) + ' ' + formatTime(start, zone)))),
      confirm: t('bookCourse') });
  }

  async function book(slot) {
    if (sessions.value !== '1' && !(await confirmCourse(slot))) return;
    const common = { patientId: chosen.patient.id, treatmentId: treatment.value, locationId: state.location.id,
      practitionerId: slot.practitionerId };
    state.date = day();
    if (sessions.value === '1') {
      await post('/appointments', { ...common, start: slot.start, roomId: slot.roomId });
      toast(t('booked'));
      closeDialog();
    } else {
      const course = await post('/courses', { ...common, sessions: Number(sessions.value), firstStart: slot.start });
      showCourse(course);
    }
    onBooked();
  }

  /** After booking a course: every session's day and time, so the desk can tell the patient. */
  function showCourse(course) {
    const zone = state.location.timezone;
    const list = course.appointments || course.sessions || [];
    const done = openDialog(t('courseBooked') + ' \u00b7 ' + chosen.patient.name);
    done.append(h('h3', {}, t('courseSessions')), h('ol', { class: 'course-sessions', 'data-test': 'course-sessions' },
      list.map((x) => h('li', { 'data-test': 'course-session' }, t('sessionOf', { n: formatNumber(x.sessionNumber),
        m: formatNumber(list.length) })
        + ': ' + formatDate(localParts(x.start, zone).date) + ' ' + formatTime(x.start, zone)))),
    h('button', { type: 'button', class: 'primary', onclick: () => closeDialog() }, t('close')));
  }

  body.append(at ? h('p', { class: 'booking-at', 'data-test': 'booking-at' }, t('bookingAt'), ' ',
    formatDate(at.date), at.time ? ' ' + formatTime(instantOf(at.date, at.time, state.location.timezone),
      state.location.timezone) : '', ' · ', h('bdi', {}, columnName(at))) : null,
  h('section', {}, h('h3', { text: t('patient') }), patientBox, picker.element, newPatient),
    h('div', { class: 'row' }, field(t('treatment'), treatment), field(t('sessions'), sessions),
      field(t('date'), date)), find, outcome);
  if (preset && preset.patient) choose(preset.patient);
  else search.focus();
}

/** The intake form: every offered treatment's questions, asked in the patient's own language. */
export async function openIntake(p, afterSave) {
  const form = await get('/intake-form', { language: p.locale || language() });
  let current = {};
  try {
    current = (await get('/patients/' + p.id + '/intake')).answers || {};
  } catch (e) {
    if (e.status !== 404) throw e;
  }
  const previous = document.getElementById('dialog').open ? document.querySelector('#dialog .dialog-body') : null;
  const kept = previous ? [...previous.childNodes] : null;
  const keptTitle = previous ? document.getElementById('dialog-title').textContent : null;
  const controls = [];
  const questions = h('div', { class: 'questions', lang: p.locale || language(),
    dir: (p.locale || language()) === 'ar' ? 'rtl' : 'ltr' }, form.questions.map((q) => {
    let control;
    let read;
    if (q.type === 'BOOLEAN') {
      const yes = h('input', { type: 'radio', name: 'q-' + q.code, value: 'yes', checked: current[q.code] === true,
        'data-test': 'answer-yes', dataset: { code: q.code } });
      const no = h('input', { type: 'radio', name: 'q-' + q.code, value: 'no', checked: current[q.code] === false,
        'data-test': 'answer-no', dataset: { code: q.code } });
      control = h('span', { class: 'yesno' }, h('label', {}, yes, ' ', t('yes')), h('label', {}, no, ' ', t('no')));
      read = () => (yes.checked ? true : no.checked ? false : undefined);
    } else if (q.type === 'LIST') {
      const input = h('input', { value: (current[q.code] || []).join(', '), dataset: { code: q.code },
        placeholder: t('noneListed') });
      control = input;
      read = () => input.value.split(',').map((s) => s.trim()).filter(Boolean);
    } else if (q.type === 'DATE') {
      const input = dateInput({ value: current[q.code] || '', test: 'answer-date', label: q.text });
      input.input.dataset.code = q.code;
      control = input;
      read = () => (input.input.value.trim() ? readDate(input) || 'invalid' : undefined);
    } else {
      const input = h('input', { type: 'text', value: current[q.code] || '', dataset: { code: q.code } });
      control = input;
      read = () => input.value.trim() || undefined;
    }
    controls.push([q, read]);
    return h('fieldset', { class: 'question' + (q.required ? ' required' : ''), 'data-field': 'q-' + q.code },
      h('legend', {}, q.text + (q.required ? ' *' : '')), control);
  }));
  const body = openDialog(t('intake') + ' · ' + p.name);
  body.append(questions, h('div', { class: 'row' }, h('button', { type: 'button', class: 'primary',
    'data-test': 'save-intake', onclick: () => attempt(async () => {
      const answers = {};
      // Nothing is saved while a required question is blank or a date does not read: each is marked where it is.
      const missing = [];
      controls.forEach(([q, read]) => {
        const v = read();
        // An empty list is an answer ("none"), which the screening reads as such; a yes/no, date or text left blank is not.
        const blank = v === undefined;
        if (v === 'invalid') missing.push({ field: 'q-' + q.code, text: t('dateInvalid') });
        else if (blank && q.required) missing.push({ field: 'q-' + q.code, text: t('answerRequired') });
        else if (v !== undefined) answers[q.code] = v;
      });
      if (missing.length) {
        const problem = new LocalProblem(missing[0].field, missing[0].text);
        problem.body.errors = missing;
        throw problem;
      }
      await put('/patients/' + p.id + '/intake', { answers });
      toast(t('saved'));
      if (kept) {
        const restored = openDialog(keptTitle);
        restored.append(...kept);
      } else {
        closeDialog();
      }
      if (afterSave) afterSave();
    }) }, t('save'))));
}
