// Consent to treatment at the desk: the form in the patient's language (right to left in Arabic),
// a typed name and a mark drawn with finger, pen or mouse (pointer events), signed with the desk
// member as witness; the consent state on the appointment, check-in's CONSENT_REQUIRED with a way to
// sign, the care instructions, and the printable confirmation and signed form.
import { get, list, post } from './api.js';
import { h, openDialog, attempt, field, toast } from './dom.js';
import { ct } from './consent-text.js';

/** The treatment's form, or null when it asks for no consent (404 NO_CONSENT_FORM). */
async function formOf(treatmentId) {
  try {
    return await get('/treatments/' + treatmentId + '/consent');
  } catch (e) {
    if (e.status === 404) return null;
    throw e;
  }
}

/** The consent line of the appointment panel: signed, missing or outdated, with Sign and Print. */
export function consentRow(a, p, reopen) {
  const row = h('div', { class: 'row consent', 'data-test': 'consent-row' });
  Promise.all([formOf(a.treatmentId), list('/patients/' + a.patientId + '/consents')]).then(([form, signed]) => {
    if (!form) {
      row.remove();
      return;
    }
    const mine = signed.filter((c) => c.treatmentId === a.treatmentId);
    const current = mine.find((c) => c.consentVersion === form.version);
    const status = current ? 'SIGNED' : mine.length ? 'OUTDATED' : 'MISSING';
    const words = { SIGNED: 'consentSigned', OUTDATED: 'consentOutdated', MISSING: 'consentMissing' };
    row.append(h('span', { class: 'badge consent-state', 'data-test': 'consent-state', dataset: { state: status } },
      ct(words[status])),
    h('button', { type: 'button', 'data-test': 'consent', onclick: () => openConsent(form, p, reopen) },
      current ? ct('consent') : ct('signConsent')),
    current ? h('button', { type: 'button', class: 'ghost', 'data-test': 'print-consent', onclick: () => attempt(
      () => printPage('/patients/' + p.id + '/consents/' + current.id + '/html', ct('printConsent'), reopen)) },
    ct('printConsent')) : null);
  }).catch(() => row.remove());
  return row;
}

/**
 * Check-in refused for want of a consent: says so in the panel, with a button to sign, and rethrows
 * (the toast shows the server's words too).
 */
export function consentRequired(error, a, p, reopen) {
  if (error && error.code === 'CONSENT_REQUIRED') {
    const body = document.querySelector('#dialog .dialog-body');
    if (body && !body.querySelector('[data-test=consent-required]')) {
      body.prepend(h('div', { class: 'consent-required', role: 'alert', 'data-test': 'consent-required' },
        h('p', {}, ct('consentRequired')),
        h('button', { type: 'button', class: 'primary', 'data-test': 'consent-required-sign',
          onclick: () => attempt(async () => {
            const form = await formOf(a.treatmentId);
            if (form) openConsent(form, p, reopen);
          }) }, ct('signConsent'))));
    }
  }
  throw error;
}

/** The form to read and sign, in the patient's language, with the signing pad. */
export function openConsent(form, p, onSigned) {
  const lang = p.locale === 'ar' ? 'ar' : 'en';
  const pick = (text) => text[lang];
  const body = openDialog(ct('consentTitle') + ' · ' + p.name);
  const article = h('article', { class: 'consent-form', lang, dir: lang === 'ar' ? 'rtl' : 'ltr',
    'data-test': 'consent-form' },
  h('h3', {}, ct('consentTitle', lang) + ': ' + pick(form.treatmentName)),
  form.sections.map((s) => [h('h4', {}, pick(s.title)), h('p', {}, pick(s.text))]),
  h('h4', {}, ct('risks', lang)), h('ul', {}, form.risks.map((r) => h('li', {}, pick(r)))),
  form.alternatives.length ? [h('h4', {}, ct('alternatives', lang)),
    h('ul', {}, form.alternatives.map((r) => h('li', {}, pick(r))))] : null,
  h('p', { class: 'muted' }, ct('formVersion', lang) + ' ' + form.version));
  const name = h('input', { type: 'text', maxlength: 200, autocomplete: 'off', lang, dir: 'auto',
    'data-test': 'consent-name' });
  const pad = signingPad();
  body.append(article,
    h('div', { lang, dir: lang === 'ar' ? 'rtl' : 'ltr' }, field(ct('typedName', lang), name),
      h('p', { class: 'muted' }, ct('drawMark', lang)), pad.canvas),
    h('div', { class: 'row actions' },
      h('button', { type: 'button', class: 'ghost', 'data-test': 'consent-clear', onclick: pad.clear },
        ct('clearMark')),
      h('button', { type: 'button', class: 'primary', 'data-test': 'consent-sign', onclick: () => attempt(async () => {
        if (!name.value.trim()) throw new Error(ct('nameEmpty'));
        if (!pad.inked()) throw new Error(ct('markEmpty'));
        await post('/patients/' + p.id + '/consents', { treatmentId: form.treatmentId, typedName: name.value.trim(),
          mark: pad.canvas.toDataURL('image/png'), language: lang });
        toast(ct('signed'));
        await onSigned();
      }) }, ct('sign'))));
  name.focus();
}

/** A canvas drawn on with pointer events (mouse, pen and touch alike); its bitmap is 600 × 200 whatever its size on screen. */
function signingPad() {
  const canvas = h('canvas', { class: 'consent-pad', width: 600, height: 200, 'data-test': 'consent-pad',
    'aria-label': ct('drawMark') });
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
    ink.lineWidth = 3;
    ink.lineCap = 'round';
    ink.lineJoin = 'round';
    ink.strokeStyle = '#111';
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
  for (const type of ['pointerup', 'pointercancel']) {
    canvas.addEventListener(type, () => { drawing = false; });
  }
  return {
    canvas,
    inked: () => strokes > 0,
    clear: () => { ink.clearRect(0, 0, canvas.width, canvas.height); strokes = 0; },
  };
}

/** Pre-care and after-care in the patient's language, as the appointment carries them; {@code phases} picks. */
export function careSection(a, phases = ['preCare', 'afterCare']) {
  const care = a.careInstructions;
  if (!care || phases.every((phase) => !care[phase].length)) return null;
  return h('section', { class: 'care-instructions', 'data-test': 'care-instructions', lang: care.language,
    dir: care.language === 'ar' ? 'rtl' : 'ltr' },
  phases.filter((phase) => care[phase].length).map((phase) => [h('h4', {}, ct(phase, care.language)),
    h('ul', { 'data-test': 'care-' + phase }, care[phase].map((line) => h('li', {}, line)))]));
}

/** The printable confirmation (details and pre-care, in the patient's language). */
export function confirmationButton(a, reopen) {
  return h('button', { type: 'button', class: 'ghost', 'data-test': 'print-confirmation', onclick: () => attempt(
    () => printPage('/appointments/' + a.id + '/confirmation/html', ct('confirmation'), reopen)) },
  ct('confirmation'));
}

/** One of the server's printable pages, shown in the dialog (fetched with the header the session cookie needs). */
export async function printPage(path, title, back) {
  const response = await fetch('/v1' + path, { headers: { 'X-Regimen-Client': 'ui' }, credentials: 'same-origin' });
  if (!response.ok) throw new Error('HTTP ' + response.status);
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  // Only the page's body: its inline style would be refused by our Content-Security-Policy anyway.
  const article = h('article', { class: 'printed-page', 'data-test': 'printed-page', dir: page.documentElement.dir,
    lang: page.documentElement.lang });
  article.append(...[...page.body.childNodes].map((node) => document.importNode(node, true)));
  const body = openDialog(title);
  body.append(article, h('button', { type: 'button', class: 'primary', onclick: () => window.print() }, title),
    h('button', { type: 'button', class: 'ghost', onclick: back }, '←'));
}
