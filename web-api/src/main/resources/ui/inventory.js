// Inventory at the chosen location: stock per item and lot, lots expiring soon, items below par,
// receiving a delivery, and the recall look-up (which patients received a lot).
import { post, list } from './api.js';
import { t, formatShortDate, formatNumber, formatDate, parseWholeNumber, parseAmount, toMinor } from './i18n.js';
import { h, clear, attempt, field, toast, dateInput, readDate, LocalProblem } from './dom.js';
import { state, todayIn, patient, localParts } from './context.js';
import { ot } from './office-text.js';

export async function renderInventory(main) {
  const id = state.location.id;
  const [stock, expiring, belowPar, items] = await Promise.all([
    list('/inventory/stock?locationId=' + id),
    list('/inventory/reports/expiring?days=30&locationId=' + id),
    list('/inventory/reports/below-par?locationId=' + id),
    list('/inventory/items'),
  ]);
  const n = formatNumber;
  const stockTable = h('table', { class: 'table', 'data-test': 'stock' },
    h('thead', {}, h('tr', {}, [t('sku'), t('lot'), t('expires'), t('onHand'), t('reserved'), t('available'),
      t('parLevel')].map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, stock.map((item) => [
      h('tr', { class: 'item-row' + (item.parLevel && item.available < item.parLevel ? ' low' : '') },
        h('th', { scope: 'row' }, item.name), h('td', {}), h('td', {}), h('td', {}, n(item.onHand)),
        h('td', {}, n(item.reserved)), h('td', {}, n(item.available)), h('td', {}, item.parLevel ? n(item.parLevel) : '')),
      item.lots.map((lot) => h('tr', { class: 'lot-row' + (lot.expired ? ' expired' : ''), 'data-test': 'lot',
        dataset: { lot: lot.lotNumber } },
      h('td', {}), h('td', {}, lot.lotNumber), h('td', {}, formatShortDate(lot.expiresOn)
        + (lot.expired ? ' · ' + t('expired') : '')), h('td', {}, n(lot.onHand)), h('td', {}, n(lot.reserved)),
      h('td', {}, n(lot.available)), h('td', {}))),
    ])));
  const expiringList = h('ul', { 'data-test': 'expiring' }, expiring.length ? expiring.map((lot) => h('li', {
    dataset: { lot: lot.lotNumber } }, h('bdi', {}, lot.sku), ' · ', h('bdi', {}, lot.lotNumber), ' · ',
  formatShortDate(lot.expiresOn), ' · ', n(lot.onHand))) : h('li', { class: 'muted' }, t('none')));
  const belowList = h('ul', { 'data-test': 'below-par' }, belowPar.length ? belowPar.map((item) => h('li', {},
    item.name + ' · ' + n(item.available) + ' / ' + n(item.parLevel))) : h('li', { class: 'muted' }, t('none')));

  const sku = h('select', { 'aria-label': t('sku'), 'data-test': 'receive-sku' },
    items.map((i) => h('option', { value: i.sku }, i.name)));
  const lotNumber = h('input', { required: true, 'data-test': 'receive-lot', 'data-field': 'lotNumber' });
  const expiresOn = dateInput({ min: todayIn(state.location.timezone), test: 'receive-expires', label: t('expiresOn') });
  // Text, not type=number: a number input refuses Arabic-Indic digits as they are typed.
  const quantity = h('input', { inputmode: 'numeric', required: true, 'data-test': 'receive-quantity',
    'data-field': 'quantity' });
  // What one unit cost, in the location's currency; left empty when not known (reports then say so).
  const unitCost = h('input', { inputmode: 'decimal', 'data-test': 'receive-unit-cost', 'data-field': 'unitCost' });
  const receive = h('form', { class: 'card', onsubmit: (event) => {
    event.preventDefault();
    attempt(async () => {
      const expires = readDate(expiresOn);
      if (!expires) throw new LocalProblem('receive-expires', t('dateInvalid'));
      const count = parseWholeNumber(quantity.value);
      if (!Number.isFinite(count) || count < 1) throw new LocalProblem('quantity', t('numberInvalid'));
      const body = { locationId: id, sku: sku.value, lotNumber: lotNumber.value.trim(), expiresOn: expires,
        quantity: count };
      if (unitCost.value.trim()) {
        if (Number.isNaN(parseAmount(unitCost.value))) throw new LocalProblem('unitCost', t('numberInvalid'));
        body.unitCost = toMinor(unitCost.value, state.location.currency);
      }
      await post('/inventory/receipts', body);
      toast(t('received'));
      await renderInventory(main);
    });
  } }, h('h2', { text: t('receive') }), h('div', { class: 'row' }, field(t('sku'), sku), field(t('lotNumber'), lotNumber),
    field(t('expiresOn'), expiresOn), field(t('quantity'), quantity),
    field(ot('unitCost') + ' · ' + state.location.currency, unitCost),
    h('button', { type: 'submit', class: 'primary', 'data-test': 'receive' }, t('receive'))));

  const lots = stock.flatMap((item) => item.lots.map((lot) => ({ ...lot, sku: item.sku })));
  const recallLot = h('select', { 'aria-label': t('lot'), 'data-test': 'recall-lot' },
    lots.map((lot) => h('option', { value: lot.lotId }, lot.sku + ' · ' + lot.lotNumber)));
  const recallOut = h('ul', { 'data-test': 'recipients' });
  const recall = h('section', { class: 'card' }, h('h2', { text: t('recall') }),
    h('div', { class: 'row' }, field(t('lot'), recallLot), h('button', { type: 'button', 'data-test': 'recall',
      onclick: () => attempt(async () => {
        const recipients = await list('/inventory/lots/' + recallLot.value + '/recipients');
        const people = await Promise.all(recipients.map((r) => patient(r.patientId)));
        clear(recallOut).append(...(recipients.length ? recipients.map((r, i) => h('li', {}, people[i].name
          + (r.occurredAt ? ' · ' + formatDate(localParts(r.occurredAt,
            state.location.timezone).date) : ''))) : [h('li', { class: 'muted' }, t('none'))]));
      }) }, t('recipients'))), recallOut);

  clear(main).append(h('div', { class: 'columns' },
    h('section', { class: 'card wide' }, h('h2', { text: t('stock') }), stockTable),
    h('div', { class: 'side' }, h('section', { class: 'card' }, h('h2', { text: t('expiringSoon') }), expiringList),
      h('section', { class: 'card' }, h('h2', { text: t('belowPar') }), belowList))), receive, recall);
}
