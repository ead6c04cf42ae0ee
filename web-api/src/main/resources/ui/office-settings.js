// The back office's settings over the existing API: treatments (offered, prices in each currency the
// chain's locations use, deposit) and practitioners (added and edited: credentials with expiry, the
// weekly schedule at the current location; time off in whole or part days, taken back).
import { get, post, put, del, list } from './api.js';
import { toMinor, fromMinor, parseAmount, formatDate, formatTime } from './i18n.js';
import { h, clear, attempt, toast, field, LocalProblem, dateInput, readDate, timeInput, readTime, ask }
  from './dom.js';
import { state, DAYS, instantOf, localParts, addDays } from './context.js';
import { ot } from './office-text.js';

const CREDENTIALS = ['PHYSICIAN', 'NURSE', 'AESTHETICIAN'];

/** One credential's row: its kind ("" drops it), licence number and expiry. */
function credentialRow(c, i, optional) {
  const type = h('select', { name: 'practitioner-credential' + (i ? '-' + i : '') },
    (optional ? [h('option', { value: '' }, '—')] : []).concat(CREDENTIALS.map((k) => h('option', { value: k,
      selected: c && c.type === k }, ot(k)))));
  const licence = h('input', { name: 'practitioner-licence' + (i ? '-' + i : ''), maxlength: 100, dir: 'ltr',
    value: c && c.licenceNumber ? c.licenceNumber : '' });
  const expires = h('input', { name: 'practitioner-expires' + (i ? '-' + i : ''), type: 'date',
    value: c && c.expiresOn ? c.expiresOn : '' });
  return { type, licence, expires, el: h('div', { class: 'row', 'data-test': 'credential-row' },
    field(ot('credential'), type), field(ot('licenceNumber'), licence), field(ot('licenceExpires'), expires)) };
}

/**
 * Adds a practitioner, or edits {@code chosen}: name, credentials (each kept, changed or dropped, one
 * more added), and the weekly schedule at the current location a day at a time; shifts at the
 * chain's other locations are kept as they are.
 */
function practitionerForm(chosen, refresh) {
  const here = state.location.id;
  const name = h('input', { name: 'practitioner-name', required: true, maxlength: 200,
    value: chosen ? chosen.name : '' });
  // Editing, every row may be cleared and one blank row adds a credential; adding, one is asked for.
  const credentials = (chosen ? chosen.credentials : []).map((c, i) => credentialRow(c, i, true));
  credentials.push(credentialRow(null, credentials.length, !!chosen));
  const shiftOn = (d) => chosen && chosen.schedule.find((x) => x.locationId === here && x.day === d);
  const days = DAYS.map((d) => {
    const shift = shiftOn(d);
    return { d, box: h('input', { type: 'checkbox', name: 'practitioner-day-' + d,
      checked: chosen ? !!shift : d !== 'FRI' }),
    from: h('input', { name: 'practitioner-from-' + d, type: 'time', value: shift ? shift.from : '09:00' }),
    to: h('input', { name: 'practitioner-to-' + d, type: 'time', value: shift ? shift.to : '17:00' }) };
  });
  return h('form', { class: 'card', 'data-test': 'practitioner-form', onsubmit: (event) => {
    event.preventDefault();
    attempt(async () => {
      const creds = credentials.filter((c) => c.type.value).map((c) => (c.licence.value.trim() || c.expires.value
        ? { type: c.type.value, licenceNumber: c.licence.value.trim() || null, expiresOn: c.expires.value || null }
        : c.type.value));
      const elsewhere = chosen ? chosen.schedule.filter((x) => x.locationId !== here) : [];
      const form = { name: name.value.trim(), credentials: creds,
        schedule: elsewhere.concat(days.filter((x) => x.box.checked).map((x) => ({ locationId: here, day: x.d,
          from: x.from.value, to: x.to.value }))) };
      if (chosen) await put('/practitioners/' + chosen.id, { ...form, userId: chosen.userId });
      else await post('/practitioners', form);
      toast(ot('saved'));
      await refresh();
    });
  } }, h('h3', {}, chosen ? ot('editPractitioner') : ot('addPractitioner')), field(ot('name'), name),
  h('fieldset', {}, h('legend', {}, ot('credentials')), credentials.map((c) => c.el)),
  h('fieldset', {}, h('legend', {}, ot('weeklySchedule') + ' — ' + state.location.name),
    days.map((x) => h('div', { class: 'row', 'data-test': 'schedule-day', 'data-day': x.d },
      h('label', { class: 'inline' }, x.box, ' ', ot('day_' + x.d)), field(ot('from'), x.from),
      field(ot('to'), x.to)))),
  h('button', { type: 'submit', class: 'primary', 'data-test': chosen ? 'practitioner-save' : 'practitioner-add' },
    chosen ? ot('save') : ot('add')));
}

export async function renderSettings(body, editingId) {
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

  const form = practitionerForm(practitioners.find((p) => p.id === editingId), refresh);

  const who = h('select', { name: 'time-off-practitioner' },
    practitioners.map((p) => h('option', { value: p.id }, p.name)));
  const offFrom = dateInput({ test: 'time-off-from', label: ot('from') });
  const offTo = dateInput({ test: 'time-off-to', label: ot('to') });
  const offStart = timeInput({ test: 'time-off-start', label: ot('fromTime') });
  const offEnd = timeInput({ test: 'time-off-end', label: ot('toTime') });
  const offReason = h('input', { name: 'time-off-reason', maxlength: 500 });
  const zone = state.location.timezone;
  const timeOff = h('form', { class: 'card', 'data-test': 'time-off-form', onsubmit: (event) => {
    event.preventDefault();
    attempt(async () => {
      const first = readDate(offFrom);
      const last = readDate(offTo);
      if (!first) throw new LocalProblem('time-off-from', ot('dateInvalid'));
      if (!last) throw new LocalProblem('time-off-to', ot('dateInvalid'));
      // In the current location's zone: from the first day's start time (midnight if none) to the last
      // day's end time (the next midnight if none), so a part day is a time or two away from a whole one.
      const startAt = offStart.value.trim() ? readTime(offStart) : '00:00';
      const endAt = offEnd.value.trim() ? readTime(offEnd) : null;
      if (!startAt) throw new LocalProblem('time-off-start', ot('timeInvalid'));
      if (offEnd.value.trim() && !endAt) throw new LocalProblem('time-off-end', ot('timeInvalid'));
      await post('/practitioners/' + who.value + '/time-off', { from: instantOf(first, startAt, zone),
        to: endAt ? instantOf(last, endAt, zone) : instantOf(addDays(last, 1), '00:00', zone),
        reason: offReason.value.trim() || null });
      toast(ot('saved'));
      await refresh();
    });
  } }, h('h3', {}, ot('timeOff')), h('div', { class: 'row' }, field(ot('practitioner'), who),
    field(ot('firstDay'), offFrom), field(ot('fromTime'), offStart), field(ot('lastDay'), offTo),
    field(ot('toTime'), offEnd), field(ot('reason'), offReason),
    h('button', { type: 'submit', class: 'primary', 'data-test': 'time-off-add' }, ot('add'))));
  const offLists = await Promise.all(practitioners.map((p) => list('/practitioners/' + p.id + '/time-off')
    .catch(() => [])));

  // A whole day reads as its date; a part day adds its local times.
  const when = (o) => {
    const a = localParts(o.from, zone);
    const b = localParts(o.to, zone);
    const wholeDays = a.minutes === 0 && b.minutes === 0;
    if (wholeDays) return formatDate(a.date) + ' – ' + formatDate(localParts(Date.parse(o.to) - 1, zone).date);
    return formatDate(a.date) + ' ' + formatTime(o.from, zone) + ' – '
      + (a.date === b.date ? '' : formatDate(b.date) + ' ') + formatTime(o.to, zone);
  };

  clear(body).append(
    h('section', { class: 'card' }, h('h2', {}, ot('treatments')), h('table', { class: 'table' },
      h('thead', {}, h('tr', {}, ['treatment', 'offered', 'prices', 'depositPercent', ''].map((k) =>
        h('th', {}, k ? ot(k) : '')))), h('tbody', {}, treatmentRows))),
    h('section', { class: 'card' }, h('h2', {}, ot('practitioners')), h('ul', { 'data-test': 'practitioner-list' },
      practitioners.map((p, i) => h('li', { 'data-test': 'practitioner', 'data-name': p.name }, h('bdi', {}, p.name),
        ' — ', p.credentials.map((c) => ot(c.type) + (c.expiresOn ? ' (' + formatDate(c.expiresOn) + ')' : '')).join(', '),
        ' ', h('button', { type: 'button', 'data-test': 'practitioner-edit',
          onclick: () => attempt(() => renderSettings(body, p.id)) }, ot('edit')),
        offLists[i].length ? h('ul', { 'data-test': 'time-off' }, offLists[i].map((o) => h('li', {
          'data-test': 'time-off-entry' }, ot('off') + ' ' + when(o) + (o.reason ? ' · ' + o.reason : '') + ' ',
        h('button', { type: 'button', class: 'danger', 'data-test': 'time-off-delete',
          onclick: () => attempt(async () => {
            const sure = await ask({ title: ot('deleteTimeOff'), message: p.name + ': ' + when(o),
              confirm: ot('deleteTimeOff'), danger: true });
            if (!sure) return;
            await del('/practitioners/' + p.id + '/time-off/' + o.id);
            toast(ot('saved'));
            await refresh();
          }) }, ot('delete'))))) : null)))),
    form, timeOff);
}
