// The day view: one column per room (or practitioner), appointments placed by their local time.
import { list } from './api.js';
import { t, formatDate, formatTime } from './i18n.js';
import { h, clear } from './dom.js';
import { state, localParts, todayIn, addDays, weekday, patient, instantOf } from './context.js';
import { openBooking } from './booking.js';
import { openAppointment } from './appointment.js';

const PX_PER_MINUTE = 1.3;

function openRange(loc, date) {
  const ranges = (loc.openingHours || {})[weekday(date)] || [];
  if (!ranges.length) return [8 * 60, 20 * 60];
  const toMin = (hhmm) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
  return [Math.min(...ranges.map((r) => toMin(r[0]))), Math.max(...ranges.map((r) => toMin(r[1])))];
}

export async function renderDay(main) {
  const loc = state.location;
  const zone = loc.timezone;
  const date = state.date;
  // A window wide enough for any zone; filtered to the local day below.
  const from = new Date(Date.parse(date + 'T00:00:00Z') - 86400000).toISOString();
  const to = new Date(Date.parse(date + 'T00:00:00Z') + 2 * 86400000).toISOString();
  const appointments = (await list('/appointments?locationId=' + loc.id + '&from=' + from + '&to=' + to))
    .filter((a) => localParts(a.start, zone).date === date);
  if (!state.treatments.length) state.treatments = await list('/treatments');
  await Promise.all(appointments.map((a) => patient(a.patientId)));

  const go = (days) => { state.date = days === 0 ? todayIn(zone) : addDays(date, days); renderDay(main); };
  const picker = h('input', { type: 'date', value: date, 'aria-label': t('date'), 'data-test': 'day-date',
    onchange: () => { if (picker.value) { state.date = picker.value; renderDay(main); } } });
  const byRoom = state.columns === 'rooms';
  const toolbar = h('div', { class: 'toolbar' },
    h('button', { type: 'button', 'aria-label': t('previous'), 'data-test': 'prev-day', onclick: () => go(-1) },
      document.documentElement.dir === 'rtl' ? '→' : '←'),
    h('button', { type: 'button', onclick: () => go(0) }, t('today')),
    h('button', { type: 'button', 'aria-label': t('next'), 'data-test': 'next-day', onclick: () => go(1) },
      document.documentElement.dir === 'rtl' ? '←' : '→'),
    picker,
    h('h1', { class: 'day-title', 'data-test': 'day-title' }, formatDate(date)),
    h('div', { class: 'segmented', role: 'group' },
      h('button', { type: 'button', 'aria-pressed': String(byRoom), 'data-test': 'by-room',
        onclick: () => { state.columns = 'rooms'; renderDay(main); } }, t('byRoom')),
      h('button', { type: 'button', 'aria-pressed': String(!byRoom), 'data-test': 'by-practitioner',
        onclick: () => { state.columns = 'practitioners'; renderDay(main); } }, t('byPractitioner'))),
    h('button', { type: 'button', class: 'primary', 'data-test': 'new-booking',
      onclick: () => openBooking(() => renderDay(main)) }, t('newBooking')));

  const columns = byRoom ? state.rooms : state.practitioners;
  const [open, close] = openRange(loc, date);
  const height = (close - open) * PX_PER_MINUTE;
  const hours = h('div', { class: 'hours', style: { height: height + 'px' } });
  for (let m = Math.ceil(open / 60) * 60; m < close; m += 60) {
    hours.append(h('div', { class: 'hour', style: { top: (m - open) * PX_PER_MINUTE + 'px' } },
      formatTime(instantOf(date, String(m / 60).padStart(2, '0') + ':00', zone), zone)));
  }
  const grid = h('div', { class: 'grid', role: 'grid', 'aria-label': formatDate(date),
    style: { gridTemplateColumns: '4.5rem repeat(' + Math.max(1, columns.length) + ', minmax(9rem, 1fr))' } },
  h('div', { class: 'corner' }), columns.map((c) => h('div', { class: 'column-head', role: 'columnheader' }, c.name)),
  hours, columns.map((c) => {
    const column = h('div', { class: 'column', role: 'gridcell', style: { height: height + 'px' } });
    appointments.filter((a) => (byRoom ? a.roomId : a.practitionerId) === c.id).forEach((a) => {
      const start = localParts(a.start, zone).minutes;
      const end = localParts(a.end, zone).minutes || 24 * 60;
      const treatment = state.treatments.find((x) => x.id === a.treatmentId);
      column.append(h('button', { type: 'button', class: 'appointment status-' + a.status,
        dataset: { treatment: a.treatmentId, test: 'appointment', id: a.id },
        style: { top: (start - open) * PX_PER_MINUTE + 'px', height: Math.max(24, (end - start) * PX_PER_MINUTE) + 'px' },
        onclick: () => openAppointment(a.id, () => renderDay(main)) },
      h('strong', {}, h('bdi', {}, state.patients.get(a.patientId).name)),
      h('span', {}, formatTime(a.start, zone) + ' · ' + (treatment ? treatment.name : a.treatmentId)),
      h('span', { class: 'badge' }, t('status_' + a.status)),
      a.needsReview ? h('span', { class: 'badge review', 'data-test': 'review-flag', title: t('needsReview') },
        t('needsReview')) : null));
    });
    return column;
  }));
  if (date === todayIn(zone)) {
    const now = localParts(Date.now(), zone).minutes;
    if (now >= open && now <= close) {
      grid.append(h('div', { class: 'now-line', 'aria-label': t('now'), style: { top: 'calc(2.5rem + '
        + (now - open) * PX_PER_MINUTE + 'px)' } }));
    }
  }
  clear(main).append(...[toolbar, appointments.length ? null : h('p', { class: 'muted', text: t('noAppointments') }),
    h('div', { class: 'grid-scroll' }, grid)].filter(Boolean));
}
