// One appointment: its details and lifecycle actions, its payments ledger, taking money and
// refunds, and a receipt.
import { get, post } from './api.js';
import { t, formatTime, formatDate, formatMoney, formatNumber } from './i18n.js';
import { h, openDialog, closeDialog, attempt, field, toast, ask, dateInput, readDate, timeInput, readTime,
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

function reschedule(a, refresh) {
  const zone = state.location.timezone;
  const local = localParts(a.start, zone);
  const date = dateInput({ value: local.date, test: 'reschedule-date', label: t('date') });
  const time = timeInput({ test: 'reschedule-time', label: t('time'),
    value: String(Math.floor(local.minutes / 60)).padStart(2, '0') + ':' + String(local.minutes % 60).padStart(2, '0') });
  const body = openDialog(t('reschedule'));
  body.append(h('div', { class: 'row' }, field(t('date'), date), field(t('time'), time)),
    h('button', { type: 'button', class: 'primary', 'data-test': 'confirm-reschedule', onclick: () => attempt(async () => {
      const day = readDate(date);
      if (!day) throw new LocalProblem('reschedule-date', t('dateInvalid'));
      const clock = readTime(time);
      if (!clock) throw new LocalProblem('reschedule-time', t('timeInvalid'));
      await post('/appointments/' + a.id + '/reschedule', { start: instantOf(day, clock, zone) });
      toast(t('done'));
      await refresh();
    }) }, t('reschedule')));
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
