// One appointment: its details and lifecycle actions, its payments ledger, taking money and
// refunds, and a receipt.
import { get, post } from './api.js';
import { t, formatTime, formatDate, formatMoney, toMinor, fromMinor } from './i18n.js';
import { h, openDialog, closeDialog, attempt, field, toast } from './dom.js';
import { state, patient, localParts, instantOf } from './context.js';
import { openIntake } from './booking.js';
import { payByCard } from './stripe.js';
import { taxDocumentsSection } from './invoices.js';

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
      const payload = action === 'cancel' ? { reason: prompt(t('reason')) || null } : {};
      await post('/appointments/' + id + '/' + PATHS[action], payload);
      toast(t('done'));
      await refresh();
    }) }, t(action))), h('button', { type: 'button', class: 'ghost', onclick: () => openIntake(p) }, t('intake')),
  h('button', { type: 'button', class: 'ghost', 'data-test': 'receipt', onclick: () => receipt(a, p, ledger, lots,
    treatment) }, t('receipt')));

  body.append(
    dl([[t('status'), h('span', { class: 'badge status-' + a.status, 'data-test': 'status', dataset: { status: a.status } },
      t('status_' + a.status))],
    [t('time'), formatDate(localParts(a.start, zone).date) + ' ' + formatTime(a.start, zone) + '–' + formatTime(a.end, zone)],
    [t('practitioner'), practitioner ? practitioner.name : ''], [t('room'), room ? room.name : ''],
    [a.status === 'COMPLETED' ? t('treatmentLots') : t('consumables'),
      lots.map((l) => l.sku + ' × ' + l.quantity + ' (' + t('lot') + ' ' + l.lotNumber + ')').join(', ') || '—']]),
    actions, payments(a, ledger, refresh),
    ['OWNER', 'MANAGER', 'FRONT_DESK'].includes(state.me.role) ? taxDocumentsSection(id, refresh) : null);
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
  const date = h('input', { type: 'date', value: local.date, 'data-test': 'reschedule-date' });
  const time = h('input', { type: 'time', step: 900, 'data-test': 'reschedule-time',
    value: String(Math.floor(local.minutes / 60)).padStart(2, '0') + ':' + String(local.minutes % 60).padStart(2, '0') });
  const body = openDialog(t('reschedule'));
  body.append(h('div', { class: 'row' }, field(t('date'), date), field(t('time'), time)),
    h('button', { type: 'button', class: 'primary', 'data-test': 'confirm-reschedule', onclick: () => attempt(async () => {
      await post('/appointments/' + a.id + '/reschedule', { start: instantOf(date.value, time.value, zone) });
      toast(t('done'));
      await refresh();
    }) }, t('reschedule')));
}

function payments(a, ledger, refresh) {
  const money = (m) => formatMoney(m);
  const canRefund = ['OWNER', 'MANAGER', 'FRONT_DESK'].includes(state.me.role);
  const rows = ledger.payments.map((pay) => h('tr', { 'data-test': 'payment-row' },
    h('td', {}, t('kind_' + pay.kind)), h('td', {}, pay.method === 'CASH' ? t('cash') : t('card')),
    h('td', {}, money(pay.amount)), h('td', {}, t('payStatus_' + pay.status)),
    h('td', {}, pay.refunded.amount ? money(pay.refunded) : ''),
    h('td', {}, canRefund && pay.status === 'SUCCEEDED' && pay.refunded.amount < pay.amount.amount
      ? h('button', { type: 'button', class: 'ghost', 'data-test': 'refund', onclick: () => attempt(async () => {
        const left = fromMinor(pay.amount.amount - pay.refunded.amount, pay.amount.currency);
        const answer = prompt(t('amount'), String(left));
        if (answer === null) return;
        const refund = await post('/payments/' + pay.id + '/refunds', { amount: toMinor(answer, pay.amount.currency) });
        toast(t('refundStatus_' + refund.status));
        await refresh();
      }) }, t('refund')) : '')));
  const refunds = ledger.refunds.map((r) => h('li', {}, money(r.amount) + ' · ' + t('refundStatus_' + r.status)));
  const closed = a.status === 'CANCELLED' || a.status === 'NO_SHOW';
  const kind = h('select', { 'aria-label': t('kind'), 'data-test': 'payment-kind' },
    (closed ? ['NO_SHOW_FEE'] : ['DEPOSIT', 'BALANCE']).map((k) => h('option', { value: k,
      selected: k === 'BALANCE' && (a.status === 'CHECKED_IN' || a.status === 'COMPLETED') }, t('kind_' + k))));
  const take = (method, cardOnFile) => attempt(async () => {
    const taken = await post('/appointments/' + a.id + '/payments', { kind: kind.value, method, cardOnFile });
    if (method === 'CARD' && !cardOnFile && taken.status !== 'SUCCEEDED') {
      await payByCard(state.settings, taken.clientSecret);
    }
    toast(t('done'));
    await refresh();
  });
  const stripeReady = state.settings && state.settings.stripePublishableKey && state.settings.cardPaymentsEnabled;
  return h('section', { class: 'payments' }, h('h3', { text: t('payments') }),
    h('dl', { class: 'facts money', 'data-test': 'ledger' },
      [[t('price'), ledger.price], [t('depositDue'), ledger.depositDue], [t('paid'), ledger.paid],
        [t('refunded'), ledger.refunded], [t('outstanding'), ledger.balanceOutstanding],
        [t('refundDue'), ledger.refundDue]].map(([k, v]) => [h('dt', {}, k),
        h('dd', { dataset: { amount: v.amount } }, money(v))])),
    rows.length ? h('table', { class: 'table' }, h('tbody', {}, rows)) : null,
    refunds.length ? h('ul', {}, refunds) : null,
    ledger.balanceOutstanding.amount > 0 ? h('div', { class: 'row' }, field(t('kind'), kind),
      h('button', { type: 'button', 'data-test': 'pay-cash', onclick: () => take('CASH', false) }, t('cash')),
      state.settings && state.settings.cardPaymentsEnabled
        ? h('button', { type: 'button', 'data-test': 'pay-card-on-file', onclick: () => take('CARD', true) },
          t('cardOnFile')) : null,
      stripeReady ? h('button', { type: 'button', 'data-test': 'pay-card', onclick: () => take('CARD', false) },
        t('card')) : null) : null);
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
        h('td', {}, x.method === 'CASH' ? t('cash') : t('card')), h('td', {}, formatMoney(x.amount)))),
      h('tr', {}, h('th', {}, t('price')), h('td', {}), h('td', {}, formatMoney(ledger.price))),
      h('tr', {}, h('th', {}, t('paid')), h('td', {}), h('td', {}, formatMoney(ledger.paid))),
      h('tr', {}, h('th', {}, t('refunded')), h('td', {}), h('td', {}, formatMoney(ledger.refunded))),
      h('tr', {}, h('th', {}, t('outstanding')), h('td', {}), h('td', {}, formatMoney(ledger.balanceOutstanding)))))),
  h('button', { type: 'button', onclick: () => window.print() }, t('print')),
  h('button', { type: 'button', class: 'ghost', onclick: () => openAppointment(a.id, () => {}) }, t('close')));
}

export { closeDialog };
