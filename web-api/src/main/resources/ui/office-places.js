// The back office's places: locations (hours, closures, accreditations, zone, currency, VAT details)
// and the rooms of the current location (equipment, turnover). Every save is one call to the public API.
import { get, post, put, list } from './api.js';
import { parseWholeNumber } from './i18n.js';
import { h, clear, attempt, toast, field, LocalProblem } from './dom.js';
import { state, DAYS } from './context.js';
import { ot } from './office-text.js';

const words = (text) => text.split(/[,،]/).map((w) => w.trim()).filter(Boolean);

/** "2026-12-25 National day" per line, the reason optional. */
function closuresOf(text) {
  return text.split('\n').map((line) => line.trim()).filter(Boolean).map((line) => {
    const [date, ...reason] = line.split(/\s+/);
    return { date, reason: reason.join(' ') || null };
  });
}

function locationForm(body, chosen, refresh) {
  const l = chosen || { name: '', timezone: state.location ? state.location.timezone : 'Asia/Riyadh', currency: '',
    openingHours: {}, closures: [], accreditations: [] };
  const firstHours = Object.values(l.openingHours)[0];
  const name = h('input', { name: 'location-name', required: true, maxlength: 200, value: l.name });
  const zone = h('input', { name: 'location-timezone', required: true, dir: 'ltr', value: l.timezone });
  const currency = h('input', { name: 'location-currency', dir: 'ltr', maxlength: 3, size: 4, value: l.currency,
    disabled: !!chosen, placeholder: 'SAR' });
  const from = h('input', { name: 'location-from', type: 'time', value: firstHours ? firstHours[0][0] : '09:00' });
  const to = h('input', { name: 'location-to', type: 'time', value: firstHours ? firstHours[0][1] : '17:00' });
  const days = DAYS.map((d) => ({ d, box: h('input', { type: 'checkbox', name: 'location-day-' + d,
    checked: chosen ? !!l.openingHours[d] : d !== 'FRI' }) }));
  const closures = h('textarea', { name: 'location-closures', rows: 3, dir: 'ltr',
    placeholder: '2026-12-25 …' }, l.closures.map((c) => c.date + (c.reason ? ' ' + c.reason : '')).join('\n'));
  const accreditations = h('input', { name: 'location-accreditations', dir: 'ltr',
    value: l.accreditations.join(', '), placeholder: 'stem-cell' });
  const sellerAr = h('input', { name: 'vat-seller-ar', dir: 'rtl', maxlength: 200 });
  const sellerEn = h('input', { name: 'vat-seller-en', maxlength: 200 });
  const vatNumber = h('input', { name: 'vat-number', dir: 'ltr', inputmode: 'numeric', maxlength: 15 });
  if (chosen) {
    get('/locations/' + chosen.id + '/tax-settings').then((tax) => {
      sellerAr.value = tax.sellerNameAr || '';
      sellerEn.value = tax.sellerNameEn || '';
      vatNumber.value = tax.vatNumber || '';
    }).catch(() => {});
  }
  return h('form', { class: 'card', 'data-test': 'location-form', onsubmit: (event) => {
    event.preventDefault();
    attempt(async () => {
      const hours = {};
      for (const x of days) if (x.box.checked) hours[x.d] = [[from.value, to.value]];
      const form = { name: name.value.trim(), timezone: zone.value.trim(), openingHours: hours,
        closures: closuresOf(closures.value), accreditations: words(accreditations.value) };
      if (!chosen && currency.value.trim()) form.currency = currency.value.trim().toUpperCase();
      const saved = chosen ? await put('/locations/' + chosen.id, form) : await post('/locations', form);
      if (vatNumber.value.trim()) {
        await put('/locations/' + saved.id + '/tax-settings', { sellerNameAr: sellerAr.value.trim(),
          sellerNameEn: sellerEn.value.trim(), vatNumber: vatNumber.value.trim() });
      }
      if (!state.locations.some((x) => x.id === saved.id)) state.locations.push(saved);
      toast(ot('saved'));
      await refresh();
    });
  } }, h('h3', {}, chosen ? ot('editLocation') : ot('addLocation')), h('div', { class: 'row' },
    field(ot('name'), name), field(ot('timezone'), zone), field(ot('currency'), currency)),
  h('fieldset', {}, h('legend', {}, ot('openingHours')),
    days.map((x) => h('label', { class: 'inline' }, x.box, ' ', ot('day_' + x.d))), field(ot('from'), from),
    field(ot('to'), to)),
  field(ot('closures'), closures), field(ot('accreditations'), accreditations),
  h('fieldset', {}, h('legend', {}, ot('vatDetails')), field(ot('sellerNameAr'), sellerAr),
    field(ot('sellerNameEn'), sellerEn), field(ot('vatNumber'), vatNumber)),
  h('button', { type: 'submit', class: 'primary', 'data-test': 'location-save' }, ot('save')));
}

function roomForm(refresh) {
  const name = h('input', { name: 'room-name', required: true, maxlength: 200 });
  const equipment = h('input', { name: 'room-equipment', dir: 'ltr', placeholder: 'centrifuge' });
  const turnover = h('input', { name: 'room-turnover', inputmode: 'numeric', value: '15', size: 4 });
  return h('form', { class: 'card', 'data-test': 'room-form', onsubmit: (event) => {
    event.preventDefault();
    attempt(async () => {
      const minutes = parseWholeNumber(turnover.value);
      if (!Number.isFinite(minutes)) throw new LocalProblem('turnoverMinutes', ot('wholeMinutes'));
      await post('/rooms', { locationId: state.location.id, name: name.value.trim(),
        equipment: words(equipment.value), turnoverMinutes: minutes });
      toast(ot('saved'));
      await refresh();
    });
  } }, h('h3', {}, ot('addRoom') + ' — ' + state.location.name), h('div', { class: 'row' },
    field(ot('name'), name), field(ot('equipment'), equipment), field(ot('turnoverMinutes'), turnover),
    h('button', { type: 'submit', class: 'primary', 'data-test': 'room-add' }, ot('add'))));
}

export async function renderPlaces(body, editingId) {
  const [locations, rooms] = await Promise.all([list('/locations?limit=500'),
    list('/rooms?locationId=' + state.location.id + '&limit=500')]);
  const refresh = () => renderPlaces(body);
  const hoursText = (l) => DAYS.filter((d) => l.openingHours[d])
    .map((d) => ot('day_' + d) + ' ' + l.openingHours[d].map((r) => r.join('–')).join(', ')).join(' · ');
  const editing = locations.find((l) => l.id === editingId);
  clear(body).append(
    h('section', { class: 'card' }, h('h2', {}, ot('locations')), h('table', { class: 'table' },
      h('thead', {}, h('tr', {}, ['name', 'timezone', 'currency', 'openingHours', 'accreditations', '']
        .map((k) => h('th', {}, k ? ot(k) : '')))),
      h('tbody', {}, locations.map((l) => h('tr', { 'data-test': 'location-row', 'data-name': l.name },
        h('td', {}, h('bdi', {}, l.name), l.active ? '' : ' (' + ot('inactive') + ')'),
        h('td', { dir: 'ltr' }, l.timezone), h('td', {}, l.currency), h('td', {}, hoursText(l)),
        h('td', { dir: 'ltr' }, l.accreditations.join(', ')),
        h('td', {}, h('button', { type: 'button', 'data-test': 'location-edit',
          onclick: () => attempt(() => renderPlaces(body, l.id)) }, ot('edit')))))))),
    locationForm(body, editing, refresh),
    h('section', { class: 'card' }, h('h2', {}, ot('rooms') + ' — ' + state.location.name),
      h('ul', { 'data-test': 'room-list' }, rooms.map((r) => h('li', { 'data-test': 'room', 'data-name': r.name },
        h('bdi', {}, r.name), ' — ', r.equipment.join(', ') || '—', ' · ',
        ot('turnoverIs', { n: r.turnoverMinutes }))))),
    roomForm(refresh));
}
