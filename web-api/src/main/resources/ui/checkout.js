// Checkout at the desk: what is due by kind, and taking any part of it in cash (with what was
// tendered and the change) or by card; two payments split a visit between cash and card.
import { post } from './api.js';
import { t, formatMoney, parseAmount, toMinor, fromMinor, localDigits, formatShortDate, formatTime } from './i18n.js';
import { h, attempt, field, toast, ask, LocalProblem } from './dom.js';
import { state, localParts } from './context.js';
import { payByCard } from './stripe.js';
import { readerCheckout } from './terminal.js';

export function payments(a, ledger, refresh) {
  const money = (m) => formatMoney(m);
  const currency = ledger.price.currency;
  const canRefund = ['OWNER', 'MANAGER', 'FRONT_DESK'].includes(state.me.role);
  const zone = state.location.timezone;
  const rows = ledger.payments.map((pay) => h('tr', { 'data-test': 'payment-row' },
    h('td', {}, formatShortDate(localParts(pay.createdAt, zone).date) + ' ' + formatTime(pay.createdAt, zone)),
    h('td', {}, t('kind_' + pay.kind)), h('td', {}, pay.method === 'CASH' ? t('cash') : t('card')),
    h('td', {}, money(pay.amount)), h('td', {}, t('payStatus_' + pay.status)),
    // Who took it (older payments may name nobody).
    h('td', { 'data-test': 'payment-taken-by' }, pay.takenBy ? h('bdi', {}, pay.takenBy.name) : '—'),
    h('td', { 'data-test': 'payment-change' }, pay.tendered
      ? t('tendered') + ' ' + money(pay.tendered) + ' · ' + t('change') + ' ' + money(pay.change) : ''),
    h('td', {}, pay.refunded.amount ? money(pay.refunded) : ''),
    h('td', {}, canRefund && pay.status === 'SUCCEEDED' && pay.refunded.amount < pay.amount.amount
      ? h('button', { type: 'button', class: 'ghost', 'data-test': 'refund', onclick: () => attempt(async () => {
        const leftMinor = pay.amount.amount - pay.refunded.amount;
        const left = fromMinor(leftMinor, pay.amount.currency);
        // An amount that does not parse is refused in the dialog, never sent: a missing amount means "refund everything".
        const answer = await ask({ title: t('refundTitle'), message: money(pay.amount) + ' \u00b7 ' + t('kind_' + pay.kind),
          inputLabel: t('refundAmount'), inputMode: 'decimal', value: localDigits(String(left)),
          confirm: t('sendRefund'), check: (text) => {
            const amount = toMinor(text, pay.amount.currency);
            if (!Number.isFinite(amount) || amount <= 0) return t('amountInvalid');
            return amount > leftMinor ? t('refundLeft', { amount: money({ amount: leftMinor, currency: pay.amount.currency }) })
              : null;
          } });
        if (!answer) return;
        const refund = await post('/payments/' + pay.id + '/refunds', { amount: toMinor(answer.value, pay.amount.currency) });
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
  const amount = h('input', { inputmode: 'decimal', 'data-test': 'pay-amount', 'data-field': 'amount', 'aria-label': t('amount'),
    placeholder: localDigits(String(fromMinor(dueOf(), currency))) });
  const tendered = h('input', { inputmode: 'decimal', 'data-test': 'pay-tendered', 'data-field': 'tendered',
    'aria-label': t('tendered') });
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
  kind.addEventListener('change', () => { amount.placeholder = localDigits(String(fromMinor(dueOf(), currency))); showChange(); });
  amount.addEventListener('input', showChange);
  tendered.addEventListener('input', showChange);
  // One Idempotency-Key per intent: the same payment sent again (a retry after a lost answer) is one payment.
  let intent = { text: null, key: null };
  const take = (method, cardOnFile) => attempt(async () => {
    const body = { kind: kind.value, method, cardOnFile };
    const part = minor(amount);
    const cash = method === 'CASH' ? minor(tendered) : null;
    if (Number.isNaN(part)) throw new LocalProblem('amount', t('amountInvalid'));
    if (Number.isNaN(cash)) throw new LocalProblem('tendered', t('amountInvalid'));
    if (part !== null) body.amount = part;
    if (cash !== null) body.tendered = cash;
    const text = JSON.stringify(body);
    if (intent.text !== text) intent = { text, key: crypto.randomUUID() };
    const taken = await post('/appointments/' + a.id + '/payments', body, { idempotencyKey: intent.key });
    intent = { text: null, key: null };
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
    rows.length ? h('table', { class: 'table', 'data-test': 'payments' }, h('thead', {}, h('tr', {},
      [t('when'), t('kind'), t('method'), t('amount'), t('status'), t('takenBy'), t('cashHandling'), t('refunded'), '']
        .map((c) => h('th', { scope: 'col' }, c)))), h('tbody', {}, rows)) : null,
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
