// Taking a payment on a card reader at the desk (Stripe Terminal, driven by the server): the desk
// picks a reader, the patient taps or inserts the card, and the desk watches the reader until a
// result. The words live here, in both languages, apart from the shared dictionary.
import { get, post, list } from './api.js';
import { language, formatMoney } from './i18n.js';
import { h, attempt, toast } from './dom.js';

const TEXT = {
  en: {
    reader: 'Card reader', payOnReader: 'Pay on reader', cancelOnReader: 'Cancel on reader', offline: 'offline',
    state_WAITING_FOR_CARD: 'Waiting for the card: tap or insert', state_PROCESSING: 'Processing',
    state_SUCCEEDED: 'Paid', state_DECLINED: 'Declined: the amount is still due', state_CANCELED: 'Cancelled',
    read_contactless_emv: 'tap', read_contact_emv: 'chip', read_magnetic_stripe_track2: 'swipe',
    read_magnetic_stripe_fallback: 'swipe', read_contactless_magstripe_mode: 'tap',
  },
  ar: {
    reader: 'جهاز البطاقات', payOnReader: 'الدفع على الجهاز', cancelOnReader: 'إلغاء على الجهاز', offline: 'غير متصل',
    state_WAITING_FOR_CARD: 'بانتظار البطاقة: قرّب البطاقة أو أدخلها', state_PROCESSING: 'جارٍ المعالجة',
    state_SUCCEEDED: 'تم الدفع', state_DECLINED: 'رُفضت البطاقة: المبلغ ما زال مستحقًا', state_CANCELED: 'أُلغي',
    read_contactless_emv: 'لمس', read_contact_emv: 'شريحة', read_magnetic_stripe_track2: 'شريط ممغنط',
    read_magnetic_stripe_fallback: 'شريط ممغنط', read_contactless_magstripe_mode: 'لمس',
  },
};
const tr = (key) => (TEXT[language()] || TEXT.en)[key] || TEXT.en[key] || key;
const FINAL = ['SUCCEEDED', 'DECLINED', 'CANCELED'];
// The last result per appointment, so it stays in view after the ledger is drawn again.
const lastResult = new Map();

/** What a card-present receipt shows: brand, last four digits and how the card was read. */
export function cardLine(card) {
  if (!card) return '';
  const brand = card.brand ? card.brand.charAt(0).toUpperCase() + card.brand.slice(1) : '';
  return [brand, card.last4 ? '•••• ' + card.last4 : '', card.readMethod ? tr('read_' + card.readMethod) : '']
    .filter(Boolean).join(' · ');
}

function describe(p) {
  const parts = [tr('state_' + p.state), formatMoney(p.amount)];
  if (p.card) parts.push(cardLine(p.card));
  if (p.state === 'DECLINED' && p.failureMessage) parts.push(p.failureMessage);
  return parts.join(' · ');
}

/**
 * The reader controls for one appointment's checkout; {@code choice()} answers {kind, amount}
 * (amount in minor units, null for all that is due, NaN when it does not parse).
 */
export function readerCheckout(a, ledger, choice, refresh) {
  const box = h('div', { class: 'row reader-pay', 'data-test': 'reader-pay' });
  const status = h('output', { 'data-test': 'reader-state', 'aria-live': 'polite' });
  const shown = lastResult.get(a.id);
  if (shown) {
    status.textContent = describe(shown);
    status.dataset.state = shown.state;
  }
  box.append(status);
  if (ledger.due.total.amount <= 0) return box;
  list('/terminal/readers?locationId=' + encodeURIComponent(a.locationId)).then((readers) => {
    if (!readers.length) return;
    const select = h('select', { 'aria-label': tr('reader'), 'data-test': 'reader-select' },
      readers.map((r) => h('option', { value: r.id }, r.label + (r.status === 'offline' ? ' · ' + tr('offline') : ''))));
    const pay = h('button', { type: 'button', 'data-test': 'pay-reader' }, tr('payOnReader'));
    const cancel = h('button', { type: 'button', class: 'ghost', 'data-test': 'reader-cancel' }, tr('cancelOnReader'));
    cancel.hidden = true;
    let current = null;
    const show = (p) => {
      status.textContent = describe(p);
      status.dataset.state = p.state;
      const open = !FINAL.includes(p.state);
      cancel.hidden = !open;
      pay.disabled = open;
    };
    const finish = async (p) => {
      current = null;
      lastResult.set(a.id, p);
      toast(describe(p), p.state !== 'SUCCEEDED');
      await refresh();
    };
    const poll = async () => {
      if (!current || !box.isConnected) return;
      const p = await get('/reader-payments/' + current);
      show(p);
      if (FINAL.includes(p.state)) await finish(p);
      else setTimeout(() => poll().catch((e) => toast(e.message, true)), 1000);
    };
    pay.addEventListener('click', () => attempt(async () => {
      const { kind, amount } = choice();
      if (Number.isNaN(amount)) throw new Error(tr('payOnReader'));
      const body = { readerId: select.value, kind };
      if (amount !== null) body.amount = amount;
      lastResult.delete(a.id);
      const p = await post('/appointments/' + a.id + '/reader-payments', body);
      current = p.paymentId;
      show(p);
      setTimeout(() => poll().catch((e) => toast(e.message, true)), 1000);
    }));
    cancel.addEventListener('click', () => attempt(async () => {
      if (!current) return;
      const p = await post('/reader-payments/' + current + '/cancel');
      show(p);
      if (FINAL.includes(p.state)) await finish(p);
    }));
    box.prepend(h('label', { class: 'field' }, h('span', { text: tr('reader') }), select), pay, cancel);
  }).catch(() => { /* no readers for this role or server: the desk takes cash or card as before */ });
  return box;
}
