// A tiny element builder: the UI has no framework and no build step.
import { t } from './i18n.js';

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
  clear(d).append(h('header', { class: 'dialog-head' }, h('h2', { id: 'dialog-title', text: title }),
    h('button', { type: 'button', class: 'ghost', 'aria-label': t('close'), 'data-test': 'close-dialog',
      onclick: () => closeDialog() }, '×')), h('div', { class: 'dialog-body' }, body));
  d.setAttribute('aria-labelledby', 'dialog-title');
  if (!d.open) d.showModal();
  return d.querySelector('.dialog-body');
}

export function closeDialog() {
  const d = dialog();
  if (d.open) d.close();
  d.dispatchEvent(new Event('regimen-closed'));
}

let toastTimer;
export function toast(message, isError) {
  const el = document.getElementById('toast');
  el.textContent = message;
  el.className = isError ? 'error' : '';
  el.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => { el.hidden = true; }, 5000);
}

/** Runs an action, showing the API's problem message (with its code) if it fails. */
export async function attempt(action) {
  try {
    return await action();
  } catch (e) {
    toast(e.code ? e.message + ' (' + e.code + ')' : e.message, true);
    throw e;
  }
}

export function field(label, control) {
  return h('label', { class: 'field' }, h('span', { text: label }), control);
}
