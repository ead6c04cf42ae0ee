// The patient's self-service page: one appointment, reached by the link's token, no login.
// The token arrives in the address's fragment (#rgp_...), which the browser never sends to a server;
// it is kept for this tab only (sessionStorage) and taken out of the address bar at once, then sent
// to the API in a header, never in a path or query.
import { TEXT } from './patient-text.js';

const KEY = 'regimen.selfService.token';
const state = { token: null, lang: 'en', visit: null, panel: null, notice: null };

function takeToken() {
  const fragment = decodeURIComponent(location.hash.replace(/^#/, ''));
  if (fragment) {
    sessionStorage.setItem(KEY, fragment);
    history.replaceState(null, '', location.pathname);
  }
  return sessionStorage.getItem(KEY);
}

const t = (key, ...args) => {
  const text = TEXT[state.lang][key];
  return typeof text === 'function' ? text(...args) : text;
};

/** An element with attributes (on* as listeners) and children; text only ever as text nodes. */
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on')) el.addEventListener(name.slice(2), value);
    else el.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat(Infinity)) {
    if (child !== null && child !== undefined && child !== false) {
      el.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }
  return el;
}

class Refusal extends Error {
  constructor(status, problem) {
    super(problem.detail || 'HTTP ' + status);
    this.status = status;
    this.problem = problem;
  }
}

/** Something the patient must do first, said in their words. */
class Say extends Error {}

async function call(method, path, body) {
  const headers = { 'Self-Service-Token': state.token || '', 'Accept-Language': state.lang };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch('/v1/self-service/visit' + path, { method, headers, credentials: 'omit',
    body: body === undefined ? undefined : JSON.stringify(body) });
  const answer = await response.json().catch(() => ({}));
  if (!response.ok) throw new Refusal(response.status, answer);
  return answer;
}

function money(minor, currency) {
  const format = new Intl.NumberFormat(state.lang === 'ar' ? 'ar-SA' : 'en', { style: 'currency', currency });
  const digits = format.resolvedOptions().maximumFractionDigits;
  return format.format(minor / 10 ** digits);
}

function when(instant, zone) {
  return new Intl.DateTimeFormat(state.lang === 'ar' ? 'ar-SA-u-ca-gregory' : 'en-GB', { dateStyle: 'full',
    timeStyle: 'short', timeZone: zone }).format(new Date(instant));
}

function problem(text) {
  const box = document.getElementById('problem');
  box.hidden = !text;
  box.textContent = text || '';
}

function explain(error) {
  if (error instanceof Say) return error.message;
  if (!(error instanceof Refusal)) return t('failed');
  if (error.status === 404) return t('notFound');
  if (error.status === 429) return t('tooMany');
  if (error.problem.code === 'VISIT_CLOSED') return t('closed');
  if (error.status === 400) return t('invalid');
  return t('failed');
}

/** Runs an action once at a time (a double tap is one request) and shows what went wrong in words. */
let busy = false;
async function attempt(action) {
  if (busy) return;
  busy = true;
  problem(null);
  try {
    await action();
  } catch (error) {
    problem(explain(error));
    if (error instanceof Refusal && error.status === 404) {
      state.visit = null;
      render();
    }
  } finally {
    busy = false;
  }
}

function setLanguage(lang) {
  state.lang = lang;
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  document.title = t('title');
  document.getElementById('title').textContent = t('title');
  const button = document.getElementById('language');
  button.textContent = t('switchLanguage');
  button.setAttribute('aria-label', t('switchLanguageLabel'));
  button.setAttribute('lang', lang === 'ar' ? 'en' : 'ar');
}

function render() {
  const main = document.getElementById('visit');
  main.replaceChildren();
  const v = state.visit;
  if (!v) return;
  main.append(details(v));
  if (v.state !== 'OPEN') {
    main.append(h('section', { 'data-test': 'closed' }, h('p', { class: 'notice' },
      t(v.state === 'CANCELLED' ? 'stateCancelled' : 'stateOver'))));
    return;
  }
  if (state.notice) main.append(h('section', { 'data-test': 'notice' }, h('p', { class: 'notice' }, state.notice)));
  main.append(confirmation(v));
  if (v.preCare.length) {
    main.append(h('section', { 'data-test': 'pre-care' }, h('h2', {}, t('preCare')),
      h('ul', { lang: v.language, dir: v.language === 'ar' ? 'rtl' : 'ltr' }, v.preCare.map((line) => h('li', {}, line)))));
  }
  main.append(state.panel === 'intake' ? state.intakeForm : intake());
  if (v.consent) main.append(state.panel === 'consent' ? state.consentForm : consent(v));
  main.append(cancellation(v));
}

function details(v) {
  return h('section', { 'data-test': 'details' }, h('h2', { 'data-test': 'treatment' }, v.treatmentName[state.lang]),
    h('dl', {},
      h('dt', {}, t('when')), h('dd', { 'data-test': 'when' }, when(v.startsAt, v.timeZone)),
      h('dt', {}, t('where')), h('dd', {}, v.locationName),
      h('dt', {}, t('with')), h('dd', {}, v.practitionerName)));
}

function confirmation(v) {
  if (v.confirmedAt) return h('section', { 'data-test': 'confirmed' }, h('p', { class: 'notice' }, t('confirmed')));
  return h('section', {}, h('button', { type: 'button', class: 'primary', 'data-test': 'confirm',
    onclick: () => attempt(async () => {
      state.visit = await call('POST', '/confirmation');
      render();
    }) }, t('confirm')));
}

function intake() {
  return h('section', { 'data-test': 'intake' }, h('h2', {}, t('intake')), h('p', { class: 'hint' }, t('intakeIntro')),
    h('button', { type: 'button', class: 'primary', 'data-test': 'open-intake', onclick: () => attempt(async () => {
      const form = await call('GET', '/intake-form');
      state.intakeForm = intakeForm(form.questions);
      state.panel = 'intake';
      render();
      state.intakeForm.querySelector('input, textarea')?.focus();
    }) }, t('openIntake')));
}

function intakeForm(questions) {
  const readers = [];
  const fields = questions.map((q, i) => {
    const id = 'q' + i;
    if (q.type === 'BOOLEAN') {
      const choice = (value, label) => h('label', { class: 'choice' },
        h('input', { type: 'radio', name: id, value, 'data-test': 'answer-' + q.code + '-' + value }), label);
      readers.push([q.code, (form) => {
        const picked = form.querySelector('input[name=' + id + ']:checked');
        return picked ? picked.value === 'yes' : null;
      }]);
      return h('fieldset', {}, h('legend', {}, q.text), choice('yes', t('yes')), choice('no', t('no')));
    }
    if (q.type === 'LIST') {
      readers.push([q.code, (form) => form.querySelector('#' + id).value.split(/\n|،|,/)
        .map((item) => item.trim()).filter(Boolean)]);
      return [h('label', { for: id }, q.text), h('p', { class: 'hint', id: id + '-hint' }, t('listHint')),
        h('textarea', { id, rows: 3, 'aria-describedby': id + '-hint', 'data-test': 'answer-' + q.code })];
    }
    readers.push([q.code, (form) => form.querySelector('#' + id).value.trim() || null]);
    return [h('label', { for: id }, q.text), h('input', { id, type: q.type === 'DATE' ? 'date' : 'text',
      'data-test': 'answer-' + q.code })];
  });
  const form = h('form', { 'data-test': 'intake-form', onsubmit: (e) => {
    e.preventDefault();
    attempt(async () => {
      const answers = {};
      for (const [code, read] of readers) {
        const value = read(form);
        if (value !== null) answers[code] = value;
      }
      await call('PUT', '/intake', { answers });
      state.panel = null;
      state.notice = t('intakeThanks');
      render();
    });
  } }, fields, h('button', { type: 'submit', class: 'primary', 'data-test': 'send-intake' }, t('sendAnswers')));
  return h('section', {}, h('h2', {}, t('intake')), form);
}

function consent(v) {
  if (v.consent.signed) {
    return h('section', { 'data-test': 'consent-signed' }, h('h2', {}, t('consent')),
      h('p', { class: 'notice' }, t('consentSigned')));
  }
  return h('section', { 'data-test': 'consent' }, h('h2', {}, t('consent')),
    h('button', { type: 'button', class: 'primary', 'data-test': 'open-consent', onclick: () => attempt(async () => {
      state.consentForm = consentForm(await call('GET', '/consent-form'));
      state.panel = 'consent';
      render();
    }) }, t('openConsent')));
}

function consentForm(form) {
  const lang = state.lang;
  const pad = signingPad();
  const name = h('input', { id: 'typed-name', type: 'text', autocomplete: 'name', 'data-test': 'typed-name' });
  return h('section', { 'data-test': 'consent-form' }, h('h2', {}, t('consent')),
    h('div', { class: 'form-text', tabindex: 0, 'aria-label': form.treatmentName[lang] },
      form.sections.map((s) => [h('h3', {}, s.title[lang]), h('p', {}, s.text[lang])]),
      form.risks.length ? [h('h3', {}, t('risks')), h('ul', {}, form.risks.map((r) => h('li', {}, r[lang])))] : null,
      form.alternatives.length ? [h('h3', {}, t('alternatives')),
        h('ul', {}, form.alternatives.map((a) => h('li', {}, a[lang])))] : null),
    h('label', { for: 'typed-name' }, t('typedName')), name,
    h('p', { class: 'hint', id: 'pad-hint' }, t('drawMark')), pad.canvas,
    h('button', { type: 'button', class: 'ghost', 'data-test': 'clear-mark', onclick: pad.clear }, t('clearMark')),
    h('button', { type: 'button', class: 'primary', 'data-test': 'sign', onclick: () => attempt(async () => {
      if (!name.value.trim()) throw new Say(t('nameEmpty'));
      if (!pad.inked()) throw new Say(t('markEmpty'));
      await call('POST', '/consent', { typedName: name.value.trim(), mark: pad.canvas.toDataURL('image/png'),
        language: lang });
      state.panel = null;
      state.visit = await call('GET', '');
      render();
    }) }, t('sign')));
}

/** A canvas drawn on with pointer events (finger, pen and mouse alike); its bitmap is 600 × 200. */
function signingPad() {
  const canvas = h('canvas', { class: 'pad', width: 600, height: 200, role: 'img', 'aria-label': t('drawMark'),
    'data-test': 'pad' });
  const ink = canvas.getContext('2d');
  let drawing = false;
  let strokes = 0;
  const at = (e) => {
    const box = canvas.getBoundingClientRect();
    return [(e.clientX - box.left) * canvas.width / box.width, (e.clientY - box.top) * canvas.height / box.height];
  };
  canvas.addEventListener('pointerdown', (e) => {
    drawing = true;
    canvas.setPointerCapture(e.pointerId);
    Object.assign(ink, { lineWidth: 3, lineCap: 'round', lineJoin: 'round', strokeStyle: '#111' });
    ink.beginPath();
    ink.moveTo(...at(e));
    e.preventDefault();
  });
  canvas.addEventListener('pointermove', (e) => {
    if (!drawing) return;
    ink.lineTo(...at(e));
    ink.stroke();
    strokes++;
    e.preventDefault();
  });
  for (const type of ['pointerup', 'pointercancel']) canvas.addEventListener(type, () => { drawing = false; });
  return { canvas, inked: () => strokes > 0,
    clear: () => { ink.clearRect(0, 0, canvas.width, canvas.height); strokes = 0; } };
}

function cancellation(v) {
  const terms = v.cancellation;
  const section = h('section', { 'data-test': 'cancellation' }, h('h2', {}, t('cancelTitle')),
    h('p', { 'data-test': 'terms' }, terms.feeNow > 0 ? t('feeNow', money(terms.feeNow, terms.currency))
      : t('freeUntil', when(terms.freeUntil, v.timeZone))));
  const ask = (fee, question) => {
    section.replaceChildren(h('h2', {}, t('cancelTitle')), h('p', { class: fee > 0 ? 'warning' : 'notice',
      'data-test': 'cancel-question' }, question),
    h('button', { type: 'button', class: 'danger', 'data-test': 'cancel-yes', onclick: () => attempt(async () => {
      try {
        state.visit = await call('POST', '/cancellation', { feeAccepted: fee });
        state.notice = null;
        render();
      } catch (error) {
        if (error instanceof Refusal && error.problem.code === 'CANCELLATION_FEE_APPLIES') {
          // The free time ran out meanwhile: say the fee and ask again.
          ask(error.problem.fee, t('feeApplies', money(error.problem.fee, error.problem.currency)));
          return;
        }
        throw error;
      }
    }) }, fee > 0 ? t('cancelFeeYes', money(fee, terms.currency)) : t('cancelYes')),
    h('button', { type: 'button', class: 'ghost', 'data-test': 'cancel-no', onclick: render }, t('keep')));
    section.querySelector('[data-test=cancel-yes]').focus();
  };
  section.append(h('button', { type: 'button', class: 'ghost', 'data-test': 'cancel', onclick: () => ask(terms.feeNow,
    terms.feeNow > 0 ? t('feeApplies', money(terms.feeNow, terms.currency)) : t('cancelSure')) }, t('cancel')));
  return section;
}

async function start() {
  state.token = takeToken();
  setLanguage('en');
  document.getElementById('language').addEventListener('click', () => {
    setLanguage(state.lang === 'ar' ? 'en' : 'ar');
    state.panel = null;
    state.notice = null;
    render();
  });
  document.getElementById('visit').textContent = t('loading');
  if (!state.token) {
    document.getElementById('visit').textContent = '';
    problem(t('notFound'));
    return;
  }
  await attempt(async () => {
    const visit = await call('GET', '');
    setLanguage(visit.language === 'ar' ? 'ar' : 'en');
    state.visit = visit;
    render();
  });
  if (!state.visit) document.getElementById('visit').textContent = '';
}

start();
