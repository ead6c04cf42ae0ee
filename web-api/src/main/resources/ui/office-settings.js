// The back office's settings over the existing API: treatments (offered, prices, deposit) and
// practitioners (credentials, weekly schedule at the current location).
import { get, post, put, list } from './api.js';
import { toMinor, fromMinor } from './i18n.js';
import { h, clear, attempt, toast, field } from './dom.js';
import { state, DAYS } from './context.js';
import { ot } from './office-text.js';

const CREDENTIALS = ['PHYSICIAN', 'NURSE', 'AESTHETICIAN'];

export async function renderSettings(body) {
  const treatments = await list('/treatments');
  const settings = await Promise.all(treatments.map((t) => get('/treatments/' + t.id + '/settings')));
  const practitioners = (await list('/practitioners?limit=500')).filter((p) => p.active);
  const refresh = () => renderSettings(body);

  const treatmentRows = treatments.map((t, i) => {
    const s = settings[i];
    const enabled = h('input', { type: 'checkbox', name: 'enabled-' + t.id, checked: s.enabled });
    const prices = s.priceKeys.map((key) => ({ key, input: h('input', { name: 'price-' + t.id + '-' + key,
      inputmode: 'decimal', dir: 'ltr', size: 10,
      value: s.prices[key] == null ? '' : String(fromMinor(s.prices[key], s.currency)) }) }));
    const deposit = h('input', { name: 'deposit-' + t.id, type: 'number', min: 0, max: 100,
      value: String(s.depositPercent) });
    return h('tr', { 'data-test': 'treatment-row', 'data-treatment': t.id }, h('td', {}, h('bdi', {}, t.name)),
      h('td', {}, enabled), h('td', {}, prices.map((p) => field(p.key + ' (' + s.currency + ')', p.input))),
      h('td', {}, deposit), h('td', {}, h('button', { type: 'button', class: 'primary', 'data-test': 'treatment-save',
        onclick: () => attempt(async () => {
          const priced = {};
          for (const p of prices) if (p.input.value.trim()) priced[p.key] = toMinor(p.input.value, s.currency);
          await put('/treatments/' + t.id + '/settings', { enabled: enabled.checked, prices: priced,
            depositPercent: Number(deposit.value) });
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

  clear(body).append(
    h('section', { class: 'card' }, h('h2', {}, ot('treatments')), h('table', { class: 'table' },
      h('thead', {}, h('tr', {}, ['treatment', 'offered', 'prices', 'depositPercent', ''].map((k) =>
        h('th', {}, k ? ot(k) : '')))), h('tbody', {}, treatmentRows))),
    h('section', { class: 'card' }, h('h2', {}, ot('practitioners')), h('ul', { 'data-test': 'practitioner-list' },
      practitioners.map((p) => h('li', { 'data-test': 'practitioner', 'data-name': p.name }, h('bdi', {}, p.name),
        ' — ', p.credentials.map((c) => ot(c.type) + (c.expiresOn ? ' (' + c.expiresOn + ')' : '')).join(', '))))),
    form);
}
