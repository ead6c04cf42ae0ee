// Finding a patient, in the booking dialog and from the header anywhere: any part of the name or the
// phone (the server folds Arabic letter forms and reads national numbers), arrow keys move through
// the results and Enter picks one (the ARIA combobox pattern).
import { list } from './api.js';
import { t, localDigits } from './i18n.js';
import { h, clear, showProblem } from './dom.js';

let count = 0;

/** A search field with its list; {@code onChoose(patient)} when one is picked. */
export function patientPicker({ onChoose, test, label }) {
  const id = 'patient-results-' + (++count);
  const input = h('input', { type: 'search', role: 'combobox', autocomplete: 'off', 'aria-autocomplete': 'list',
    'aria-expanded': 'false', 'aria-controls': id, placeholder: label || t('searchPatient'),
    'aria-label': label || t('searchPatient'), 'data-test': test || 'patient-search', 'data-field': test || 'patient-search' });
  const results = h('ul', { class: 'results', role: 'listbox', id, 'data-test': 'patient-results' });
  let found = [];
  let active = -1;
  let asked = 0;
  let timer;

  const mark = () => {
    [...results.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === active)));
    if (active >= 0 && results.children[active]) {
      input.setAttribute('aria-activedescendant', results.children[active].id);
      results.children[active].scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };
  const close = () => {
    found = [];
    active = -1;
    clear(results);
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };
  const choose = (i) => {
    const p = found[i];
    if (!p) return;
    close();
    input.value = '';
    // The "second search" bug: when the dialog opened from this field closes, Chromium gives the field
    // its focus back, yet what is typed then is not inserted (keydown, but no input). So the field is
    // left before the dialog opens, and focused again properly once it closes.
    const fromPage = !input.closest('dialog');
    input.blur();
    onChoose(p);
    const dialog = document.getElementById('dialog');
    if (fromPage && dialog.open) dialog.addEventListener('close', () => input.focus(), { once: true });
  };
  const render = (patients, query) => {
    found = patients;
    active = patients.length ? 0 : -1;
    clear(results).append(...(patients.length ? patients.map((p, i) => h('li', { role: 'option', id: id + '-' + i,
      'data-test': 'patient-option', dataset: { id: p.id }, onmousedown: (e) => e.preventDefault(),
      onclick: () => choose(i) }, h('bdi', {}, p.name), p.phone ? h('span', { class: 'muted' }, ' \u00b7 ',
      h('bdi', { dir: 'ltr' }, localDigits(p.phone))) : null))
      : [h('li', { class: 'muted', 'data-test': 'no-patient' }, t('noPatientFound', { q: query }))]));
    input.setAttribute('aria-expanded', 'true');
    mark();
  };
  const lookUp = async () => {
    const q = input.value.trim();
    const mine = ++asked;
    if (q.length < 2) { close(); return; }
    results.setAttribute('aria-busy', 'true');
    try {
      const patients = await list('/patients?limit=10&q=' + encodeURIComponent(q));
      // Only the answer to the latest query counts: an older, slower one must not replace it.
      if (mine === asked) render(patients, q);
    } catch (e) {
      showProblem(e);
    } finally {
      if (mine === asked) results.removeAttribute('aria-busy');
    }
  };
  input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(lookUp, 150); });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && found.length) { active = (active + 1) % found.length; mark(); e.preventDefault(); }
    else if (e.key === 'ArrowUp' && found.length) { active = (active - 1 + found.length) % found.length; mark(); e.preventDefault(); }
    else if (e.key === 'Enter') { if (active >= 0) choose(active); e.preventDefault(); }
    else if (e.key === 'Escape' && found.length) { close(); e.preventDefault(); e.stopPropagation(); }
  });
  // Leaving the field closes the list (after a click on an option has been handled), unless focus came back.
  input.addEventListener('blur', () => setTimeout(() => { if (document.activeElement !== input) close(); }, 150));
  return { input, results, element: h('div', { class: 'picker' }, input, results) };
}
