// The back office's settings over the existing API: treatments (offered, prices in each currency the
// chain's locations use, deposit) and practitioners (credentials, weekly schedule at the current
// location, time off).
import { get, post, put, list } from './api.js';
import { toMinor, fromMinor, parseAmount, formatDate } from './i18n.js';
import { h, clear, attempt, toast, field, LocalProblem, dateInput, readDate } from './dom.js';
import { state, DAYS, instantOf, localParts, addDays } from './context.js';
import { ot } from './office-text.js';

const CREDENTIALS = ['PHYSICIAN', 'NURSE', 'AESTHETICIAN'];

export async function renderSettings(body) {
  const treatments = await list('/treatments');
  const settings = await Promise.all(treatments.map((t) => get('/treatments/' + t.id + '/settings')));
  const practitioners = (await list('/practitioners?limit=500')).filter((p) => p.active);
  // Prices in the tenant's currency, and in every other currency a location of the chain uses.
  const currencies = [...new Set(state.locations.map((l) => l.currency))];
  const refresh = () => renderSettings(body);

  const treatmentRows = treatments.map((t, i) => {
    const s = settings[i];
    const enabled = h('input', { type: 'checkbox', name: 'enabled-' + t.id, checked: s.enabled });
    const prices = s.priceKeys.map((key) => ({ key, currency: s.currency, input: h('input', {
      name: 'price-' + t.id + '-' + key, inputmode: 'decimal', dir: 'ltr', size: 10,
      value: s.prices[key] == null ? '' : String(fromMinor(s.prices[key], s.currency)) }) }))
      .concat(currencies.filter((c) => c !== s.currency).flatMap((c) => s.priceKeys.map((key) => {
        const set = (s.pricesByCurrency[c] || {})[key];
        return { key, currency: c, input: h('input', { name: 'price-' + t.id + '-' + key + '-' + c,
          inputmode: 'decimal', dir: 'ltr', size: 10, value: set == null ? '' : String(fromMinor(set, c)) }) };
      })));
    const deposit = h('input', { name: 'deposit-' + t.id, type: 'number', min: 0, max: 100,
      value: String(s.depositPercent) });
    return h('tr', { 'data-test': 'treatment-row', 'data-treatment': t.id }, h('td', {}, h('bdi', {}, t.name)),
      h('td', {}, enabled), h('td', {}, prices.map((p) => field(p.key + ' (' + p.currency + ')', p.input))),
      h('td', {}, deposit), h('td', {}, h('button', { type: 'button', class: 'primary', 'data-test': 'treatment-save',
        onclick: () => attempt(async () => {
          const priced = {};
          const byCurrency = {};
          for (const p of prices) {
            if (!p.input.value.trim()) continue;
            if (Number.isNaN(parseAmount(p.input.value))) {
              throw new LocalProblem('price-' + p.key, ot('amountInvalid'));
            }
            if (p.currency === s.currency) priced[p.key] = toMinor(p.input.value, p.currency);
            else (byCurrency[p.currency] = byCurrency[p.currency] || {})[p.key] = toMinor(p.input.value, p.currency);
          }
          await put('/treatments/' + t.id + '/settings', { enabled: enabled.checked, prices: priced,
            pricesByCurrency: byCurrency, depositPercent: Number(deposit.value) });
          toast(ot('saved'));
          await refresh();
        }) }, ot('save'))));
  });

  const name = h('input', { name: 'practitioner-name', required: true, maxlength: 200 });
  const credential = h('select', { name: 'practitioner-credential' },
    CREDENTIALS.map((c) => h('option', { value: c }, ot(c))));
  const licence = h('input', { name: 'practitioner-licence', maxlength: 100, dir: 'ltr' });
  const expires = h('input', { name: 'practitioner-expires', type: 'date' });
  const from = h('input', { name: 'practitioner-from', type: 'time', value: '09:00' });
  const to = h('input', { name: 'practitioner-to', type: 'time', value: '17:00' });
  const days = DAYS.map((d) => ({ d, box: h('input', { type: 'checkbox', name: 'practitioner-day-' + d,
    checked: d !== 'FRI' }) }));
  const form = h('form', { class: 'card', onsubmit: (event) => {
    event.preventDefault();
    attempt(async () => {
      const cred = licence.value.trim() || expires.value
        ? { type: credential.value, licenceNumber: licence.value.trim() || null, expiresOn: expires.value || null }
        : credential.value;
      await post('/practitioners', { name: name.value.trim(), credentials: [cred],
        schedule: days.filter((x) => x.box.checked).map((x) => ({ locationId: state.location.id, day: x.d,
          from: from.value, to: to.value })) });
      toast(ot('saved'));
      await refresh();
    });
  } }, h('h3', {}, ot('addPractitioner')), field(ot('name'), name), field(ot('credential'), credential),
  field(ot('licenceNumber'), licence), field(ot('licenceExpires'), expires),
  h('fieldset', {}, h('legend', {}, ot('weeklySchedule') + ' — ' + (state.location ? state.location.name : '')),
    days.map((x) => h('label', { class: 'inline' }, x.box, ' ', ot('day_' + x.d))), field(ot('from'), from),
    field(ot('to'), to)),
  h('button', { type: 'submit', class: 'primary', 'data-test': 'practitioner-add' }, ot('add')));

  const who = h('select', { name: 'time-off-practitioner' },
    practitioners.map((p) => h('option', { value: p.id }, p.name)));
  const offFrom = dateInput({ test: 'time-off-from', label: ot('from') });
  const offTo = dateInput({ test: 'time-off-to', label: ot('to') });
  const offReason = h('input', { name: 'time-off-reason', maxlength: 500 });
  const zone = state.location.timezone;
  const timeOff = h('form', { class: 'card', 'data-test': 'time-off-form', onsubmit: (event) => {
    event.preventDefault();
    attempt(async () => {
      const first = readDate(offFrom);
      const last = readDate(offTo);
      if (!first) throw new LocalProblem('time-off-from', ot('dateInvalid'));
      if (!last) throw new LocalProblem('time-off-to', ot('dateInvalid'));
      // Whole days at the current location: from the first day's midnight to the day after the last.
      await post('/practitioners/' + who.value + '/time-off', { from: instantOf(first, '00:00', zone),
        to: instantOf(addDays(last, 1), '00:00', zone), reason: offReason.value.trim() || null });
      toast(ot('saved'));
      await refresh();
    });
  } }, h('h3', {}, ot('timeOff')), h('div', { class: 'row' }, field(ot('practitioner'), who),
    field(ot('firstDay'), offFrom), field(ot('lastDay'), offTo), field(ot('reason'), offReason),
    h('button', { type: 'submit', class: 'primary', 'data-test': 'time-off-add' }, ot('add'))));
  const offLists = await Promise.all(practitioners.map((p) => list('/practitioners/' + p.id + '/time-off')
    .catch(() => [])));

  clear(body).append(
    h('section', { class: 'card' }, h('h2', {}, ot('treatments')), h('table', { class: 'table' },
      h('thead', {}, h('tr', {}, ['treatment', 'offered', 'prices', 'depositPercent', ''].map((k) =>
        h('th', {}, k ? ot(k) : '')))), h('tbody', {}, treatmentRows))),
    h('section', { class: 'card' }, h('h2', {}, ot('practitioners')), h('ul', { 'data-test': 'practitioner-list' },
      practitioners.map((p, i) => h('li', { 'data-test': 'practitioner', 'data-name': p.name }, h('bdi', {}, p.name),
        ' — ', p.credentials.map((c) => ot(c.type) + (c.expiresOn ? ' (' + c.expiresOn + ')' : '')).join(', '),
        offLists[i].length ? h('ul', { 'data-test': 'time-off' }, offLists[i].map((o) => h('li', {},
          ot('off') + ' ' + formatDate(localParts(o.from, zone).date) + ' – ' + formatDate(localParts(Date.parse(o.to) - 1, zone).date)
          + (o.reason ? ' · ' + o.reason : '')))) : null)))),
    form, timeOff);
}
