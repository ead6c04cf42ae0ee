// A tiny element builder: the UI has no framework and no build step.
import { t, language, localDigits, parseIsoDate, parseClock } from './i18n.js';
import { problemMessage, fieldMessage } from './problems.js';

export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else if (key === 'class') el.className = value;
    else if (key === 'text') el.textContent = value;
    else if (key === 'style') Object.assign(el.style, value);
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key === 'value') el.value = value;
    else el.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

const dialog = () => document.getElementById('dialog');

/** Opens the one modal dialog with a title and body; Escape closes it (the browser's own). */
export function openDialog(title, ...body) {
  const d = dialog();
  rehomeToast(d);
  clear(d).append(h('header', { class: 'dialog-head' }, h('h2', { id: 'dialog-title', text: title }),
    h('button', { type: 'button', class: 'ghost', 'aria-label': t('close'), 'data-test': 'close-dialog',
      onclick: () => closeDialog() }, '×')), h('div', { class: 'dialog-body' }, body));
  d.setAttribute('aria-labelledby', 'dialog-title');
  if (!d.open) d.showModal();
  return d.querySelector('.dialog-body');
}

export function closeDialog() {
  const d = dialog();
  rehomeToast(d);
  if (d.open) d.close();
  d.dispatchEvent(new Event('regimen-closed'));
}

/** The toast lives in whichever dialog is on top; before that dialog is emptied or closed it goes back to the page. */
function rehomeToast(from) {
  const el = document.getElementById('toast');
  if (el && from.contains(el)) document.body.append(el);
}

let toastTimer;
/**
 * A short message. While a modal dialog is open the page under it is inert and covered, so the
 * toast moves into the top dialog, where the desk can see (and reach) it. {@code action}: a button
 * in the toast ({label, test, run, ms}), e.g. Undo.
 */
export function toast(message, isError, action) {
  const el = document.getElementById('toast');
  const host = topDialog() || document.body;
  if (el.parentNode !== host) host.append(el);
  clear(el).append(h('span', { 'data-test': 'toast-text' }, message));
  if (action) {
    el.append(' ', h('button', { type: 'button', class: 'link', 'data-test': action.test,
      onclick: () => { el.hidden = true; action.run(); } }, action.label));
  }
  el.className = isError ? 'error' : '';
  el.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => { el.hidden = true; if (action && action.expired) action.expired(); },
    action ? action.ms : 5000);
}

function topDialog() {
  const ask = document.getElementById('ask');
  if (ask && ask.open) return ask;
  const d = dialog();
  return d.open ? d : null;
}

/** An error the desk itself found before sending: shown like the API's, next to its field. */
export class LocalProblem extends Error {
  constructor(field, message) {
    super(message);
    this.local = true;
    this.body = { errors: [{ field, text: message }] };
  }
}

/** Clears the error box and the field errors of a dialog (or the page). */
export function clearProblems(scope) {
  const where = scope || topDialog() || document;
  where.querySelectorAll('.problem, .field-error').forEach((e) => e.remove());
  where.querySelectorAll('[aria-invalid]').forEach((e) => e.removeAttribute('aria-invalid'));
}

/**
 * Shows a refusal where the desk is looking: inside the open dialog, each field error under its
 * field (marked with data-field), the rest in an alert box at the top of the dialog; the raw code
 * and the server's words on a small details line only. With no dialog open, a toast.
 */
export function showProblem(e, anchor) {
  const host = topDialog();
  const scope = host || document.getElementById('app') || document;
  const text = e.local ? e.message : problemMessage(e);
  const errors = (e.body && e.body.errors) || [];
  clearProblems(scope);
  const unplaced = [];
  let focused = false;
  errors.forEach((fe) => {
    const input = scope.querySelector('[data-field="' + CSS.escape(fe.field) + '"]');
    const words = fe.text || fieldMessage(fe.message);
    if (!input) { unplaced.push(words); return; }
    const id = 'error-' + fe.field.replace(/[^a-zA-Z0-9_-]/g, '-');
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', id);
    (input.closest('.field') || input).after(h('p', { class: 'field-error', id, role: 'alert', 'data-test': 'field-error',
      dataset: { field: fe.field } }, words));
    if (!focused) { input.focus(); focused = true; }
  });
  const details = [e.code, e.local ? null : e.message, ...errors.filter((fe) => fe.message)
    .map((fe) => fe.field + ': ' + fe.message)].filter(Boolean).join(' \u00b7 ');
  if (!host) {
    toast(errors.length && unplaced.length < errors.length ? t('fixFields') : text, true);
    return;
  }
  if (!e.local || unplaced.length || !errors.length) {
    const box = h('div', { class: 'problem', role: 'alert', 'data-test': 'problem', dataset: { code: e.code || '' } },
      h('p', {}, e.local && errors.length ? t('fixFields') : text), unplaced.map((u) => h('p', {}, u)),
      details ? h('p', { class: 'problem-details', 'data-test': 'problem-details' }, details) : null);
    // Beside what the desk just pressed (its row of fields and buttons), else at the top of the dialog.
    const near = anchor && anchor.isConnected && host.contains(anchor) ? anchor.closest('.row') || anchor : null;
    if (near) near.after(box);
    else (host.querySelector('.dialog-body') || host).prepend(box);
    box.scrollIntoView({ block: 'nearest' });
  }
}

/**
 * Runs an action and shows any refusal where the desk is looking. The button that started it is
 * disabled (and marked busy) until it settles, and the page shows it is working: a double tap is
 * one request.
 */
export async function attempt(action) {
  // Read during the click's own dispatch, before the first await: the button that was pressed.
  const source = window.event && window.event.currentTarget instanceof HTMLButtonElement ? window.event.currentTarget
    : null;
  if (source) {
    if (source.getAttribute('aria-busy') === 'true') return undefined;
    source.setAttribute('aria-busy', 'true');
    source.disabled = true;
  }
  document.body.classList.add('loading');
  try {
    return await action();
  } catch (e) {
    // Shown, not rethrown: an unhandled rejection would be an "Uncaught" error in the console.
    showProblem(e, e.anchor || source);
    return undefined;
  } finally {
    document.body.classList.remove('loading');
    if (source) {
      source.removeAttribute('aria-busy');
      source.disabled = false;
    }
  }
}

/**
 * The app's own question (never the browser's confirm/prompt), on top of any open dialog: resolves
 * to {reason, value} when the desk confirms, to null on Cancel, Escape or the close button, so
 * Cancel truly does nothing. {@code reason}: 'required', 'optional' or absent; {@code inputLabel}
 * asks for a value instead (e.g. an amount), {@code check} refuses a bad one next to the field.
 */
export function ask({ title, message, detail, reason, confirm, cancel, danger, value, inputLabel, inputMode, check }) {
  const d = document.getElementById('ask');
  return new Promise((resolve) => {
    let settled = false;
    const finish = (answer) => {
      if (settled) return;
      settled = true;
      rehomeToast(d);
      if (d.open) d.close();
      resolve(answer);
    };
    const input = reason || inputLabel ? h(reason ? 'textarea' : 'input', { 'data-test': 'ask-input',
      'data-field': 'answer', rows: reason ? 3 : undefined, maxlength: reason ? 500 : undefined,
      inputmode: inputMode, value: value === undefined ? undefined : String(value),
      'aria-label': inputLabel || t('reason'), 'aria-required': reason === 'required' ? 'true' : undefined }) : null;
    const form = h('form', { class: 'dialog-body', novalidate: true, onsubmit: (event) => {
      event.preventDefault();
      const text = input ? input.value.trim() : '';
      if (reason === 'required' && !text) {
        showProblem(new LocalProblem('answer', t('reasonRequired')));
        return;
      }
      const refusal = check ? check(text) : null;
      if (refusal) {
        showProblem(new LocalProblem('answer', refusal));
        return;
      }
      finish({ reason: text || null, value: text });
    } },
    message ? h('p', { 'data-test': 'ask-message' }, message) : null,
    detail ? h('div', { class: 'ask-detail', 'data-test': 'ask-detail' }, detail) : null,
    input ? field((inputLabel || t('reason')) + (reason === 'required' ? ' *' : ''), input) : null,
    h('div', { class: 'row actions' },
      h('button', { type: 'submit', class: danger ? 'danger solid' : 'primary', 'data-test': 'ask-confirm' },
        confirm || t('confirm')),
      h('button', { type: 'button', 'data-test': 'ask-cancel', onclick: () => finish(null) }, cancel || t('goBack'))));
    rehomeToast(d);
    clear(d).append(h('header', { class: 'dialog-head' }, h('h2', { id: 'ask-title', text: title })), form);
    d.setAttribute('aria-labelledby', 'ask-title');
    d.onclose = () => finish(null);
    d.showModal();
    (input || form.querySelector('[data-test=ask-cancel]')).focus();
  });
}

export function field(label, control) {
  return h('label', { class: 'field' }, h('span', { text: label }), control);
}

/**
/**
 * A date field that shows and reads the language's own digits (a native date input shows the
 * browser's, whatever the page's language): typed as 2026-03-14, ٢٠٢٦/٠٣/١٤ or 14/03/2026, or
 * picked from the browser's calendar behind the button. {@code readDate} gives the ISO date or null.
 */
export function dateInput({ value, min, test, label, onchange }) {
  const input = h('input', { type: 'text', inputmode: 'numeric', autocomplete: 'off', dir: 'ltr', class: 'date-text',
    'data-test': test, 'data-field': test, 'aria-label': label,
    placeholder: language() === 'ar' ? '٢٠٢٦-٠٣-١٤' : '2026-03-14', value: value ? localDigits(value) : '' });
  const picker = h('input', { type: 'date', tabindex: '-1', 'aria-hidden': 'true', class: 'date-picker', min });
  input.addEventListener('change', () => {
    const iso = readDate(input);
    if (iso) input.value = localDigits(iso);
    if (onchange) onchange();
  });
  picker.addEventListener('change', () => {
    if (picker.value) { input.value = localDigits(picker.value); if (onchange) onchange(); }
  });
  const button = h('button', { type: 'button', class: 'ghost icon', 'aria-label': t('pickDate'),
    onclick: () => { picker.value = readDate(input) || ''; try { picker.showPicker(); } catch (e) { picker.focus(); } } },
  '\u25be');
  const wrap = h('span', { class: 'date-field' }, input, button, picker);
  wrap.input = input;
  return wrap;
}

/** The ISO date in a date field (or its input), whatever digits it was typed in; null if empty or no such date. */
export function readDate(el) {
  return parseIsoDate((el.input || el).value);
}

/** A time field in the language's digits; {@code readTime} gives HH:MM (24-hour) or null. */
export function timeInput({ value, test, label }) {
  return h('input', { type: 'text', inputmode: 'numeric', autocomplete: 'off', dir: 'ltr', class: 'time-text',
    'data-test': test, 'data-field': test, 'aria-label': label, value: value ? localDigits(value) : '',
    placeholder: language() === 'ar' ? '١٤:٣٠' : '14:30' });
}

export function readTime(input) {
  return parseClock(input.value);
}
