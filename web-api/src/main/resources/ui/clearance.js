// A patient's clearance state for a treatment, and recording one: offered only to a signed-in
// physician (the server refuses anyone else), never to the desk on a physician's behalf.
import { list, post } from './api.js';
import { t, formatDate } from './i18n.js';
import { h, openDialog, closeDialog, attempt, field, toast } from './dom.js';
import { state } from './context.js';

/** The valid clearance answering every one of {@code codes}, as the booking gate would pick it. */
export async function coveringClearance(patientId, treatmentId, codes) {
  const all = await list('/patients/' + patientId + '/clearances');
  return all.find((c) => c.valid && c.treatmentId === treatmentId && codes.every((code) => c.findings.includes(code)))
    || null;
}

/** NOT_NEEDED, NEEDED, or CLEARED by whom until when, as a line the desk can read. */
export function clearanceLine(status, physicianName, expiresAt) {
  const text = status === 'CLEARED'
    ? t('clearedBy') + ' ' + (physicianName || '') + ' ' + t('until') + ' ' + formatDate(expiresAt.slice(0, 10))
    : t('clearance_' + status);
  return h('span', { class: 'clearance clearance-' + status, 'data-test': 'clearance-state',
    dataset: { state: status } }, text);
}

/** The "record clearance" button for a physician; for anyone else, a note that only a physician can. */
export function recordClearanceAction(patientId, treatmentId, onRecorded) {
  if (!state.physician) {
    return h('p', { class: 'muted', 'data-test': 'clearance-physician-only' }, t('clearanceByPhysicianOnly'));
  }
  return h('button', { type: 'button', 'data-test': 'record-clearance', onclick: () => {
    const note = h('textarea', { 'aria-label': t('clearanceNote'), 'data-test': 'clearance-note', rows: 3 });
    const previous = document.querySelector('#dialog .dialog-body');
    const kept = previous ? [...previous.childNodes] : [];
    const keptTitle = document.getElementById('dialog-title').textContent;
    const body = openDialog(t('recordClearance'));
    body.append(field(t('clearanceNote'), note), h('button', { type: 'button', class: 'primary',
      'data-test': 'save-clearance', onclick: () => attempt(async () => {
        await post('/patients/' + patientId + '/clearances', { treatmentId, note: note.value.trim() });
        toast(t('saved'));
        if (kept.length) {
          openDialog(keptTitle).append(...kept);
        } else {
          closeDialog();
        }
        await onRecorded();
      }) }, t('save')));
    note.focus();
  } }, t('recordClearance'));
}
