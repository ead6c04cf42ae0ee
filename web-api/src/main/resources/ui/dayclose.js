// The day close: what the day book expects in the drawer, the cash counted, the variance, and the
// day's Z report (every payment, refund, invoice and credit note).
import { get, post } from './api.js';
import { t, formatMoney, formatTime, formatDate, toMinor } from './i18n.js';
import { h, clear, attempt, field, toast, LocalProblem } from './dom.js';
import { state } from './context.js';
import { tt } from './invoice-text.js';

export async function renderDayClose(main) {
  const path = '/locations/' + state.location.id + '/days/' + state.date;
  const report = await get(path);
  const currency = report.currency;
  const money = (amount, cur) => formatMoney({ amount, currency: cur || currency });
  const zone = state.location.timezone;
  const entries = (list) => h('table', { class: 'table' }, h('tbody', {}, list.map((e) => h('tr', {},
    h('td', {}, formatTime(e.at, zone)), h('td', {}, tt(e.method)), h('td', {}, e.kind),
    h('td', {}, formatMoney(e.amount))))));
  const documents = (list) => h('ul', {}, list.map((d) => h('li', {}, h('bdi', {}, d.number), ' · ',
    formatMoney(d.gross), ' (' + tt('vat') + ' ' + formatMoney(d.vat) + ')')));
  const net = Object.entries(report.netByMethod).flatMap(([method, byCurrency]) => Object.entries(byCurrency)
    .map(([cur, amount]) => [h('dt', {}, tt(method) + ' ' + cur), h('dd', {}, money(amount, cur))]));

  const counted = h('input', { inputmode: 'decimal', required: true, 'data-test': 'counted-cash',
    'data-field': 'countedCash' });
  const note = h('input', { maxlength: 500, 'data-test': 'close-note' });
  const closeForm = report.closed ? null : h('form', { class: 'row', onsubmit: (event) => {
    event.preventDefault();
    attempt(async () => {
      const cash = toMinor(counted.value, currency);
      if (!Number.isFinite(cash)) throw new LocalProblem('countedCash', t('amountInvalid'));
      await post(path + '/close', { countedCash: cash, note: note.value || null });
      toast(tt('dayClosed'));
      await renderDayClose(main);
    });
  } }, field(tt('countedCash'), counted), field(tt('note'), note),
  h('button', { type: 'submit', class: 'primary', 'data-test': 'close-day' }, tt('closeDay')));
  const close = report.close;

  clear(main).append(h('section', { class: 'card', 'data-test': 'day-close' },
    h('h2', {}, tt('dayClose') + ' · ' + state.location.name + ' · ' + formatDate(report.businessDate)),
    h('dl', { class: 'facts money' }, h('dt', {}, tt('expectedCash')),
      h('dd', { 'data-test': 'expected-cash', dataset: { amount: report.expectedCash } }, money(report.expectedCash)),
      net),
    close ? h('dl', { class: 'facts money', 'data-test': 'closed' },
      h('dt', {}, tt('countedCash')), h('dd', {}, money(close.countedCash)),
      h('dt', {}, tt('variance')), h('dd', { 'data-test': 'variance', dataset: { amount: close.variance } },
        money(close.variance)),
      h('dt', {}, tt('dayClosed')), h('dd', {}, formatTime(close.closedAt, zone))) : closeForm,
    h('h3', { text: tt('payments') }), entries(report.payments),
    h('h3', { text: tt('refunds') }), entries(report.refunds),
    h('h3', { text: tt('invoices') }), documents(report.invoices),
    h('h3', { text: tt('creditNotes') }), documents(report.creditNotes)));
}
