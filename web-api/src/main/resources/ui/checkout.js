// Checkout at the desk: what is due by kind, and taking any part of it in cash (with what was
// tendered and the change) or by card; two payments split a visit between cash and card.
import { post } from './api.js';
import { t, formatMoney, parseAmount, toMinor, fromMinor } from './i18n.js';
import { h, attempt, field, toast } from './dom.js';
import { state } from './context.js';
import { payByCard } from './stripe.js';
import { readerCheckout } from './terminal.js';

export function payments(a, ledger, refresh) {
  const money = (m) => formatMoney(m);
  const currency = ledger.price.currency;
  const canRefund = ['OWNER', 'MANAGER', 'FRONT_DESK'].includes(state.me.role);
  const rows = ledger.payments.map((pay) => h('tr', { 'data-test': 'payment-row' },
    h('td', {}, t('kind_' + pay.kind)), h('td', {}, pay.method === 'CASH' ? t('cash') : t('card')),
    h('td', {}, money(pay.amount)), h('td', {}, t('payStatus_' + pay.status)),
    h('td', { 'data-test': 'payment-change' }, pay.tendered
      ? t('tendered') + ' ' + money(pay.tendered) + ' · ' + t('change') + ' ' + money(pay.change) : ''),
    h('td', {}, pay.refunded.amount ? money(pay.refunded) : ''),
    h('td', {}, canRefund && pay.status === 'SUCCEEDED' && pay.refunded.amount < pay.amount.amount
      ? h('button', { type: 'button', class: 'ghost', 'data-test': 'refund', onclick: () => attempt(async () => {
        const left = fromMinor(pay.amount.amount - pay.refunded.amount, pay.amount.currency);
        const answer = prompt(t('amount'), String(left));
        if (answer === null) return;
        const amount = toMinor(answer, pay.amount.currency);
        // An amount that does not parse must never be sent: a missing amount means "refund everything".
        if (!Number.isFinite(amount) || amount <= 0) {
          toast(t('amountInvalid'), true);
          return;
        }
        const refund = await post('/payments/' + pay.id + '/refunds', { amount });
        toast(t('refundStatus_' + refund.status));
        await refresh();
      }) }, t('refund')) : '')));
  const refunds = ledger.refunds.map((r) => h('li', {}, money(r.amount) + ' · ' + t('refundStatus_' + r.status)));
  const closed = a.status === 'CANCELLED' || a.status === 'NO_SHOW';
  const kinds = closed ? ['NO_SHOW_FEE'] : ['DEPOSIT', 'BALANCE'];
  const kind = h('select', { 'aria-label': t('kind'), 'data-test': 'payment-kind' },
    kinds.map((k) => h('option', { value: k, selected: k === 'BALANCE' && (a.status === 'CHECKED_IN'
      || a.status === 'COMPLETED' || ledger.due.deposit.amount === 0) }, t('kind_' + k))));
  const dueOf = () => (kind.value === 'DEPOSIT' ? ledger.due.deposit : kind.value === 'NO_SHOW_FEE'
    ? ledger.due.fees : ledger.due.total).amount;
  // Left empty: all that is due of the chosen kind. Typed in any digits the desk's keyboard gives.
  const amount = h('input', { inputmode: 'decimal', 'data-test': 'pay-amount', 'aria-label': t('amount'),
    placeholder: String(fromMinor(dueOf(), currency)) });
  const tendered = h('input', { inputmode: 'decimal', 'data-test': 'pay-tendered', 'aria-label': t('tendered') });
  const change = h('output', { 'data-test': 'change' });
  const minor = (input) => {
    const text = input.value.trim();
    if (!text) return null;
    const value = parseAmount(text);
    return Number.isFinite(value) && value > 0 ? Math.round(value * Math.pow(10, digits(currency))) : NaN;
  };
  const showChange = () => {
    const taken = minor(amount) === null ? dueOf() : minor(amount);
    const given = minor(tendered);
    change.textContent = given && given >= taken ? t('change') + ': ' + money({ amount: given - taken, currency }) : '';
  };
  kind.addEventListener('change', () => { amount.placeholder = String(fromMinor(dueOf(), currency)); showChange(); });
  amount.addEventListener('input', showChange);
  tendered.addEventListener('input', showChange);
  const take = (method, cardOnFile) => attempt(async () => {
    const body = { kind: kind.value, method, cardOnFile };
    const part = minor(amount);
    const cash = method === 'CASH' ? minor(tendered) : null;
    if (Number.isNaN(part) || Number.isNaN(cash)) throw new Error(t('amountInvalid'));
    if (part !== null) body.amount = part;
    if (cash !== null) body.tendered = cash;
    const taken = await post('/appointments/' + a.id + '/payments', body);
    if (method === 'CARD' && !cardOnFile && taken.status !== 'SUCCEEDED') {
      await payByCard(state.settings, taken.clientSecret);
    }
    toast(taken.change ? t('change') + ': ' + money(taken.change) : t('done'));
    await refresh();
  });
  const stripeReady = state.settings && state.settings.stripePublishableKey && state.settings.cardPaymentsEnabled;
  const facts = (test, pairs) => h('dl', { class: 'facts money', 'data-test': test }, pairs.map(([k, v, key]) => [
    h('dt', {}, k), h('dd', { dataset: { amount: v.amount, key: key || '' } }, money(v))]));
  return h('section', { class: 'payments' }, h('h3', { text: t('payments') }),
    facts('ledger', [[t('price'), ledger.price], [t('depositDue'), ledger.depositDue], [t('paid'), ledger.paid],
      [t('refunded'), ledger.refunded], [t('outstanding'), ledger.balanceOutstanding],
      [t('refundDue'), ledger.refundDue]].concat(ledger.discount.amount ? [[t('discount'), ledger.discount]] : [])),
    h('h4', { text: t('due') }),
    facts('due', [[t('kind_DEPOSIT'), ledger.due.deposit, 'deposit'], [t('kind_BALANCE'), ledger.due.balance, 'balance'],
      [t('fees'), ledger.due.fees, 'fees'], [t('total'), ledger.due.total, 'total']]),
    rows.length ? h('table', { class: 'table' }, h('tbody', {}, rows)) : null,
    refunds.length ? h('ul', {}, refunds) : null,
    ledger.due.total.amount > 0 ? h('div', { class: 'row checkout' }, field(t('kind'), kind),
      field(t('amount'), amount), field(t('tendered'), tendered), change,
      h('button', { type: 'button', 'data-test': 'pay-cash', onclick: () => take('CASH', false) }, t('cash')),
      state.settings && state.settings.cardPaymentsEnabled
        ? h('button', { type: 'button', 'data-test': 'pay-card-on-file', onclick: () => take('CARD', true) },
          t('cardOnFile')) : null,
      stripeReady ? h('button', { type: 'button', 'data-test': 'pay-card', onclick: () => take('CARD', false) },
        t('card')) : null) : null,
    state.settings && state.settings.cardPaymentsEnabled
      ? readerCheckout(a, ledger, () => ({ kind: kind.value, amount: minor(amount) }), refresh) : null);
}

const digits = (currency) => new Intl.NumberFormat('en', { style: 'currency', currency })
  .resolvedOptions().maximumFractionDigits;
