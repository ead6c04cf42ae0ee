// Booking: patient, treatment and day; the screening result before any slot; then book a
// session or a whole course. Blocked is blocked; findings that need a clearance need a physician's
// own clearance record (the desk sees who cleared until when; only a physician can record one).
import { get, post, put, list } from './api.js';
import { t, language, formatTime, formatDate } from './i18n.js';
import { h, clear, openDialog, closeDialog, attempt, field, toast } from './dom.js';
import { state, todayIn, addDays } from './context.js';
import { coveringClearance, clearanceLine, recordClearanceAction } from './clearance.js';

export function openBooking(onBooked) {
  const chosen = { patient: null };
  const body = openDialog(t('newBooking'));
  const patientBox = h('div', { class: 'patient-box' });
  const results = h('ul', { class: 'results', role: 'listbox' });
  const search = h('input', { type: 'search', placeholder: t('searchPatient'), 'aria-label': t('searchPatient'),
    'data-test': 'patient-search', oninput: async () => {
      const q = search.value.trim();
      if (q.length < 2) { clear(results); return; }
      const found = await list('/patients?q=' + encodeURIComponent(q));
      clear(results).append(...found.map((p) => h('li', {}, h('button', { type: 'button', 'data-test': 'patient-option',
        onclick: () => choose(p) }, p.name + (p.phone ? ' · ' + p.phone : '')))));
    } });
  const name = h('input', { 'aria-label': t('name'), 'data-test': 'new-patient-name' });
  const phone = h('input', { type: 'tel', 'aria-label': t('phone') });
  const locale = h('select', { 'aria-label': t('patientLanguage'), 'data-test': 'new-patient-locale' },
    h('option', { value: 'ar', selected: language() === 'ar' }, 'العربية'),
    h('option', { value: 'en', selected: language() === 'en' }, 'English'));
  const newPatient = h('details', {}, h('summary', { 'data-test': 'new-patient' }, t('newPatient')),
    h('div', { class: 'row' }, field(t('name'), name), field(t('phone'), phone), field(t('patientLanguage'), locale),
      h('button', { type: 'button', 'data-test': 'create-patient', onclick: () => attempt(async () => {
        const p = await post('/patients', { name: name.value.trim(), phone: phone.value.trim() || null,
          locale: locale.value });
        state.patients.set(p.id, p);
        choose(p);
        openIntake(p);
      }) }, t('create'))));

  function choose(p) {
    chosen.patient = p;
    clear(results);
    search.value = '';
    clear(patientBox).append(h('strong', { 'data-test': 'chosen-patient' }, p.name),
      h('button', { type: 'button', class: 'ghost', 'data-test': 'open-intake', onclick: () => openIntake(p) },
        t('intake')));
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
  const date = h('input', { type: 'date', 'aria-label': t('date'), 'data-test': 'booking-date',
    value: state.date < todayIn(state.location.timezone) ? todayIn(state.location.timezone) : state.date,
    min: todayIn(state.location.timezone) });
  const outcome = h('section', { class: 'screening', 'aria-live': 'polite' });
  const find = h('button', { type: 'button', class: 'primary', 'data-test': 'find-slots', onclick: () => attempt(async () => {
    if (!chosen.patient) { toast(t('patient'), true); return; }
    await screenAndShowSlots();
  }) }, t('findSlots'));

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
    const slots = await get('/availability?locationId=' + state.location.id + '&treatmentId=' + treatment.value
      + '&from=' + date.value + '&to=' + date.value);
    const zone = state.location.timezone;
    const byName = (id) => (state.practitioners.find((p) => p.id === id) || { name: '' }).name;
    outcome.append(h('h3', {}, t('slots') + ' · ' + formatDate(date.value)),
      slots.slots.length ? h('div', { class: 'slots' }, slots.slots.slice(0, 60).map((s) => h('button', {
        type: 'button', 'data-test': 'slot', dataset: { start: s.start },
        onclick: () => attempt(() => book(s).catch((e) => { if (e.code === 'INTAKE_STALE') offerConfirm(s); throw e; })) },
      formatTime(s.start, zone) + ' · ' + byName(s.practitionerId))))
        : h('p', { class: 'muted', text: t('noSlots') }));
  }

  /** An old intake: after asking the patient, the desk confirms it still holds and books the same slot. */
  function offerConfirm(slot) {
    if (outcome.querySelector('[data-test=confirm-intake]')) return;
    outcome.append(h('button', { type: 'button', 'data-test': 'confirm-intake', onclick: () => attempt(async () => {
      await post('/patients/' + chosen.patient.id + '/intake/confirm');
      await book(slot);
    }) }, t('confirmIntake')));
  }

  async function book(slot) {
    const common = { patientId: chosen.patient.id, treatmentId: treatment.value, locationId: state.location.id,
      practitionerId: slot.practitionerId };
    if (sessions.value === '1') {
      await post('/appointments', { ...common, start: slot.start, roomId: slot.roomId });
    } else {
      await post('/courses', { ...common, sessions: Number(sessions.value), firstStart: slot.start });
    }
    toast(t('booked'));
    closeDialog();
    state.date = date.value;
    onBooked();
  }

  body.append(h('section', {}, h('h3', { text: t('patient') }), patientBox, search, results, newPatient),
    h('div', { class: 'row' }, field(t('treatment'), treatment), field(t('sessions'), sessions),
      field(t('date'), date)), find, outcome);
  search.focus();
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
      const input = h('input', { value: (current[q.code] || []).join(', '), dataset: { code: q.code } });
      control = input;
      read = () => input.value.split(',').map((s) => s.trim()).filter(Boolean);
    } else {
      const input = h('input', { type: q.type === 'DATE' ? 'date' : 'text', value: current[q.code] || '',
        dataset: { code: q.code } });
      control = input;
      read = () => input.value || undefined;
    }
    controls.push([q.code, read]);
    return h('fieldset', { class: 'question' + (q.required ? ' required' : '') },
      h('legend', {}, q.text + (q.required ? ' *' : '')), control);
  }));
  const body = openDialog(t('intake') + ' · ' + p.name);
  body.append(questions, h('div', { class: 'row' }, h('button', { type: 'button', class: 'primary',
    'data-test': 'save-intake', onclick: () => attempt(async () => {
      const answers = {};
      controls.forEach(([code, read]) => { const v = read(); if (v !== undefined) answers[code] = v; });
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
