// One appointment: its details and lifecycle actions, its payments ledger, taking money and
// refunds, and a receipt.
import { get, post } from './api.js';
import { t, formatTime, formatDate, formatMoney, formatNumber } from './i18n.js';
import { h, clear, openDialog, closeDialog, attempt, showProblem, field, toast, ask, dateInput, readDate, timeInput, readTime,
  LocalProblem } from './dom.js';
import { sendLater } from './later.js';
import { state, patient, localParts, instantOf } from './context.js';
import { openIntake } from './booking.js';
import { clearanceLine, recordClearanceAction } from './clearance.js';
import { payments } from './checkout.js';
import { cardLine } from './terminal.js';
import { taxDocumentsSection } from './invoices.js';
import { messagesSection } from './messages.js';
import { consentRow, consentRequired, careSection, confirmationButton } from './consent.js';

const ACTIONS = {
  BOOKED: ['checkIn', 'noShow', 'cancel', 'reschedule'],
  CHECKED_IN: ['complete', 'cancel'],
};
const PATHS = { checkIn: 'check-in', complete: 'complete', noShow: 'no-show', cancel: 'cancel' };

export async function openAppointment(id, onChange) {
  const a = await get('/appointments/' + id);
  const [p, ledger, lots] = await Promise.all([patient(a.patientId), get('/appointments/' + id + '/payments'),
    lotNumbers(a.reservedConsumables)]);
  const zone = state.location.timezone;
  const treatment = state.treatments.find((x) => x.id === a.treatmentId);
  const practitioner = state.practitioners.find((x) => x.id === a.practitionerId);
  const room = state.rooms.find((x) => x.id === a.roomId);
  const refresh = async () => { await openAppointment(id, onChange); onChange(); };
  const body = openDialog((treatment ? treatment.name : a.treatmentId) + ' · ' + p.name);
  const dl = (pairs) => h('dl', { class: 'facts' }, pairs.map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]));

  const actions = h('div', { class: 'row actions' }, (ACTIONS[a.status] || []).map((action) => h('button', {
    type: 'button', 'data-test': 'action-' + action, class: action === 'cancel' || action === 'noShow' ? 'danger' : '',
    onclick: () => attempt(async () => {
      if (action === 'reschedule') return reschedule(a, refresh);
      if (action === 'cancel' || action === 'noShow') return endWithUndo(a, p, action, onChange);
      if (action === 'complete' && ledger.due.total.amount > 0) {
        const go = await ask({ title: t('owedTitle'), message: t('owedComplete', { amount: formatMoney(ledger.due.total) }),
          confirm: t('completeAnyway') });
        if (!go) return;
      }
      await post('/appointments/' + id + '/' + PATHS[action], {}).catch((e) => consentRequired(e, a, p, refresh));
      toast(t('done'));
      await refresh();
    }) }, t(action))), h('button', { type: 'button', class: 'ghost', onclick: () => openIntake(p) }, t('intake')),
  h('button', { type: 'button', class: 'ghost', 'data-test': 'receipt', onclick: () => receipt(a, p, ledger, lots,
    treatment) }, t('receipt')), confirmationButton(a, refresh));

  const c = a.clearance || { status: 'NOT_NEEDED' };
  const holds = a.status === 'BOOKED' || a.status === 'CHECKED_IN';
  const clinical = h('div', { class: 'row clinical' }, h('span', {}, t('clearance') + ': '),
    clearanceLine(c.status, c.physicianName, c.expiresAt),
    holds && c.status === 'NEEDED' ? recordClearanceAction(a.patientId, a.treatmentId, refresh) : null,
    a.needsReview ? h('span', { class: 'badge review', 'data-test': 'review-flag' }, t('needsReview')) : null,
    holds && a.needsReview ? h('button', { type: 'button', 'data-test': 'action-review', onclick: () => attempt(
      async () => { await post('/appointments/' + id + '/review'); toast(t('done')); await refresh(); }) },
    t('review')) : null);
  body.append(
    dl([[t('status'), h('span', { class: 'badge status-' + a.status, 'data-test': 'status', dataset: { status: a.status } },
      t('status_' + a.status))],
    [t('time'), formatDate(localParts(a.start, zone).date) + ' ' + formatTime(a.start, zone) + '–' + formatTime(a.end, zone)],
    [t('practitioner'), h('bdi', {}, practitioner ? practitioner.name : '')], [t('room'), h('bdi', {}, room ? room.name : '')],
    [a.status === 'COMPLETED' ? t('treatmentLots') : t('consumables'),
      lots.length ? lots.map((l, i) => [i ? ', ' : '', h('bdi', {}, l.sku), ' × ', formatNumber(l.quantity), ' (', t('lot'),
        ' ', h('bdi', {}, l.lotNumber), ')']) : '—']]),
    clinical, consentRow(a, p, refresh), careSection(a), messagesSection(a), actions, payments(a, ledger, refresh),
    ['OWNER', 'MANAGER', 'FRONT_DESK'].includes(state.me.role) ? taxDocumentsSection(id, refresh) : null);
}

/**
 * Cancel or no-show: asks first, saying what fee the policy keeps (read from the API at that moment),
 * a reason for a cancellation; then waits a few seconds with Undo before sending (see later.js).
 */
async function endWithUndo(a, p, action, onChange) {
  const zone = state.location.timezone;
  const terms = await get('/appointments/' + a.id + '/cancellation-terms');
  const noShow = action === 'noShow';
  const fee = noShow ? terms.noShowFee : terms.cancellationFeeNow;
  const feeLine = fee.amount === 0 ? t(noShow ? 'feeZero' : 'feeNone')
    : t(noShow ? 'feeNoShow' : 'feeLate', { fee: formatMoney(fee) }) + ' ' + t('refundFollows');
  const answer = await ask({ title: t(noShow ? 'noShowTitle' : 'cancelTitle'),
    message: p.name + ' \u00b7 ' + formatDate(localParts(a.start, zone).date) + ' ' + formatTime(a.start, zone),
    detail: feeLine, reason: noShow ? undefined : 'optional', danger: true,
    confirm: t(noShow ? 'confirmNoShow' : 'confirmCancel'), cancel: t('keepAppointment') });
  if (!answer) return;
  closeDialog();
  const tile = document.querySelector('[data-test=appointment][data-id="' + a.id + '"]');
  if (tile) tile.classList.add('pending');
  sendLater({ message: t(noShow ? 'pendingNoShow' : 'pendingCancel', { name: p.name }),
    path: '/appointments/' + a.id + '/' + PATHS[action], body: noShow ? {} : { reason: answer.reason },
    done: onChange, undone: () => { if (tile) tile.classList.remove('pending'); } });
}

async function lotNumbers(consumables) {
  return Promise.all((consumables || []).map(async (c) => {
    const lot = await get('/inventory/lots/' + c.lotId).catch(() => ({ lotNumber: c.lotId }));
    return { ...c, lotNumber: lot.lotNumber };
  }));
}

/**
 * The reschedule dialog, the keyboard's and the tablet's way to move an appointment (dragging its
 * tile is the mouse's): the same treatment's free times on a day, for the practitioner and room the
 * desk picks (changing either is allowed), or any time typed in; the server checks the move.
 */
function reschedule(a, refresh) {
  const zone = state.location.timezone;
  const local = localParts(a.start, zone);
  const date = dateInput({ value: local.date, test: 'reschedule-date', label: t('date'), onchange: () => findTimes() });
  const time = timeInput({ test: 'reschedule-time', label: t('time'),
    value: String(Math.floor(local.minutes / 60)).padStart(2, '0') + ':' + String(local.minutes % 60).padStart(2, '0') });
  const practitioner = h('select', { 'aria-label': t('practitioner'), 'data-test': 'reschedule-practitioner',
    'data-field': 'practitionerId', onchange: () => findTimes() }, state.practitioners.map((p) => h('option',
    { value: p.id, selected: p.id === a.practitionerId }, p.name)));
  const room = h('select', { 'aria-label': t('room'), 'data-test': 'reschedule-room', 'data-field': 'roomId',
    onchange: () => findTimes() }, h('option', { value: '' }, t('anyRoom')),
  state.rooms.map((r) => h('option', { value: r.id }, r.name + (r.id === a.roomId ? ' (' + t('current') + ')' : ''))));
  const times = h('section', { class: 'reschedule-times', 'aria-live': 'polite', 'data-test': 'reschedule-times' });
  const move = (start, practitionerId, roomId) => attempt(async () => {
    await post('/appointments/' + a.id + '/reschedule', { start, practitionerId, roomId: roomId || undefined });
    toast(t('done'));
    await refresh();
  });
  async function findTimes() {
    const day = readDate(date);
    if (!day) return;
    clear(times).append(h('p', { class: 'muted' }, t('loading')));
    // Not attempt(): the first search runs inside the Reschedule button's own click, which attempt()
    // holds busy, and would be skipped as a double tap.
    try {
      const found = await get('/availability?locationId=' + state.location.id + '&treatmentId=' + a.treatmentId
        + '&from=' + day + '&to=' + day + '&practitionerId=' + practitioner.value + '&patientId=' + a.patientId);
      const free = found.slots.filter((s) => !room.value || s.roomId === room.value);
      // One button per start: the practitioner is fixed, and any of the free rooms will do unless one was picked.
      const starts = [...new Map(free.map((s) => [s.start, s])).values()];
      clear(times).append(h('h3', {}, t('freeTimes') + ' · ' + formatDate(day)), starts.length
        ? h('div', { class: 'slots' }, starts.slice(0, 60).map((s) => h('button', { type: 'button', 'data-test':
          'reschedule-slot', dataset: { start: s.start }, onclick: () => move(s.start, practitioner.value, room.value) },
        formatTime(s.start, zone))))
        : h('p', { class: 'muted', 'data-test': 'no-free-times' }, t('noSlots')));
    } catch (e) {
      clear(times);
      showProblem(e, times);
    }
  }
  const body = openDialog(t('reschedule'));
  body.append(h('div', { class: 'row' }, field(t('date'), date), field(t('practitioner'), practitioner),
    field(t('room'), room)), times,
  h('div', { class: 'row' }, field(t('otherTime'), time),
    h('button', { type: 'button', 'data-test': 'confirm-reschedule', onclick: () => {
      const day = readDate(date);
      const clock = readTime(time);
      if (!day) return attempt(() => { throw new LocalProblem('reschedule-date', t('dateInvalid')); });
      if (!clock) return attempt(() => { throw new LocalProblem('reschedule-time', t('timeInvalid')); });
      return move(instantOf(day, clock, zone), practitioner.value, room.value);
    } }, t('moveHere'))));
  findTimes();
}

function receipt(a, p, ledger, lots, treatment) {
  const zone = state.location.timezone;
  const body = openDialog(t('receipt'));
  body.append(h('article', { class: 'receipt', 'data-test': 'receipt-body' },
    h('h3', {}, state.location.name), h('p', {}, p.name),
    h('p', {}, (treatment ? treatment.name : a.treatmentId) + ' · ' + formatDate(localParts(a.start, zone).date) + ' '
      + formatTime(a.start, zone)),
    h('p', {}, t('treatmentLots') + ': ' + (lots.map((l) => l.sku + ' ' + l.lotNumber + ' × ' + l.quantity)
      .join(', ') || '—')),
    h('table', { class: 'table' }, h('tbody', {},
      ledger.payments.filter((x) => x.status === 'SUCCEEDED').map((x) => h('tr', {}, h('td', {}, t('kind_' + x.kind)),
        h('td', {}, x.method === 'CASH' ? t('cash') : t('card'),
          // A card-present receipt names the card: brand, last four digits and tap or chip.
          x.card ? h('span', { class: 'receipt-card', 'data-test': 'receipt-card' }, ' · ' + cardLine(x.card)) : null),
        h('td', {}, formatMoney(x.amount)))),
      h('tr', {}, h('th', {}, t('price')), h('td', {}), h('td', {}, formatMoney(ledger.price))),
      h('tr', {}, h('th', {}, t('paid')), h('td', {}), h('td', {}, formatMoney(ledger.paid))),
      h('tr', {}, h('th', {}, t('refunded')), h('td', {}), h('td', {}, formatMoney(ledger.refunded))),
      h('tr', {}, h('th', {}, t('outstanding')), h('td', {}), h('td', {}, formatMoney(ledger.balanceOutstanding))))),
    careSection(a, ['afterCare'])),
  h('button', { type: 'button', onclick: () => window.print() }, t('print')),
  h('button', { type: 'button', class: 'ghost', onclick: () => openAppointment(a.id, () => {}) }, t('close')));
}

export { closeDialog };
