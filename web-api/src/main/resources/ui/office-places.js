// The back office's places: locations (hours, closures, accreditations, zone, currency, VAT details),
// which treatments the current location offers, and its rooms (equipment, turnover; edited and
// deactivated). Every save is one call to the public API.
import { get, post, put, list } from './api.js';
import { parseWholeNumber } from './i18n.js';
import { h, clear, attempt, toast, field, LocalProblem, ask } from './dom.js';
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

/** Adds a room at the current location, or edits {@code chosen} (its location stays). */
function roomForm(chosen, refresh) {
  const name = h('input', { name: 'room-name', required: true, maxlength: 200, value: chosen ? chosen.name : '' });
  const equipment = h('input', { name: 'room-equipment', dir: 'ltr', placeholder: 'centrifuge',
    value: chosen ? chosen.equipment.join(', ') : '' });
  const turnover = h('input', { name: 'room-turnover', inputmode: 'numeric', size: 4,
    value: chosen ? String(chosen.turnoverMinutes) : '15' });
  return h('form', { class: 'card', 'data-test': 'room-form', onsubmit: (event) => {
    event.preventDefault();
    attempt(async () => {
      const minutes = parseWholeNumber(turnover.value);
      if (!Number.isFinite(minutes)) throw new LocalProblem('turnoverMinutes', ot('wholeMinutes'));
      const form = { locationId: chosen ? chosen.locationId : state.location.id, name: name.value.trim(),
        equipment: words(equipment.value), turnoverMinutes: minutes };
      if (chosen) await put('/rooms/' + chosen.id, form);
      else await post('/rooms', form);
      toast(ot('saved'));
      await refresh();
    });
  } }, h('h3', {}, (chosen ? ot('editRoom') : ot('addRoom')) + ' — ' + state.location.name), h('div', { class: 'row' },
    field(ot('name'), name), field(ot('equipment'), equipment), field(ot('turnoverMinutes'), turnover),
    h('button', { type: 'submit', class: 'primary', 'data-test': chosen ? 'room-save' : 'room-add' },
      chosen ? ot('save') : ot('add'))));
}

/** What the location says of one treatment, in the office's words. */
function offerText(t) {
  if (!t.enabledByChain) return ot('notEnabledByChain');
  if (!t.accredited) return ot('needsAccreditation', { tag: t.requiredAccreditation });
  return t.switchedOff ? ot('switchedOffHere') : ot('offeredHere');
}

/** Every installed treatment at the current location, each switched on or off here with one tick. */
function treatmentsHere(offerings, refresh) {
  return h('section', { class: 'card', 'data-test': 'location-treatments' },
    h('h2', {}, ot('treatmentsHere', { place: state.location.name })), h('p', { class: 'hint' }, ot('treatmentsHereHint')),
    h('table', { class: 'table' }, h('thead', {}, h('tr', {}, ['treatment', 'offeredHereColumn', 'status']
      .map((k) => h('th', {}, ot(k))))),
    h('tbody', {}, offerings.map((t) => h('tr', { 'data-test': 'location-treatment', 'data-treatment': t.treatmentId,
      'data-offered': String(t.offered) },
      h('td', {}, h('bdi', {}, t.name)),
      h('td', {}, h('input', { type: 'checkbox', name: 'offered-here-' + t.treatmentId, checked: !t.switchedOff,
        'aria-label': ot('offeredHereColumn') + ': ' + t.name,
        onchange: (event) => attempt(async () => {
          await put('/locations/' + state.location.id + '/treatments/' + t.treatmentId,
            { offered: event.target.checked });
          toast(ot('saved'));
          await refresh();
        }) })),
      h('td', {}, offerText(t)))))));
}

export async function renderPlaces(body, editingId, editingRoomId) {
  const [locations, rooms, offerings] = await Promise.all([list('/locations?limit=500'),
    list('/rooms?locationId=' + state.location.id + '&limit=500'),
    list('/locations/' + state.location.id + '/treatments')]);
  const refresh = () => renderPlaces(body);
  const editingRoom = rooms.find((r) => r.id === editingRoomId);
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
    treatmentsHere(offerings, refresh),
    h('section', { class: 'card' }, h('h2', {}, ot('rooms') + ' — ' + state.location.name),
      h('ul', { 'data-test': 'room-list' }, rooms.map((r) => h('li', { 'data-test': 'room', 'data-name': r.name,
        'data-active': String(r.active) },
        h('bdi', {}, r.name), r.active ? '' : ' (' + ot('inactive') + ')', ' — ', r.equipment.join(', ') || '—', ' · ',
        ot('turnoverIs', { n: r.turnoverMinutes }), ' ',
        r.active ? h('button', { type: 'button', 'data-test': 'room-edit',
          onclick: () => attempt(() => renderPlaces(body, editingId, r.id)) }, ot('edit')) : null, ' ',
        r.active ? h('button', { type: 'button', class: 'danger', 'data-test': 'room-deactivate',
          onclick: () => attempt(async () => {
            const sure = await ask({ title: ot('deactivateRoom'), message: ot('deactivateRoomHint', { room: r.name }),
              confirm: ot('deactivate'), danger: true });
            if (!sure) return;
            await post('/rooms/' + r.id + '/deactivate', {});
            toast(ot('saved'));
            await refresh();
          }) }, ot('deactivate')) : null)))),
    roomForm(editingRoom, refresh));
}
